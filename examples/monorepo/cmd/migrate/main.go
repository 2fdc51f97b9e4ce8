// migrate is one service of the monorepo; it prints who it is and, for api, its kodata file.
package main

import (
	"fmt"
	"os"

	"example.com/monorepo/cmd/shared"
	"example.com/monorepo/internal/greet"
)

var version = "dev"

func main() {
	fmt.Println(shared.Name, greet.Line("migrate", version))
	if dir := os.Getenv("KO_DATA_PATH"); dir != "" {
		if b, err := os.ReadFile(dir + "/motd.txt"); err == nil {
			fmt.Print(string(b))
		}
	}
}
