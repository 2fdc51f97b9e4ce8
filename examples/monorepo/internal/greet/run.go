package greet

import (
	"fmt"
	"os"

	"example.com/monorepo/cmd/shared"
)

// Run is each service's main: it says who it is and, where the image has one, its kodata file.
func Run(service, version string) {
	fmt.Println(shared.Name, Line(service, version))
	if dir := os.Getenv("KO_DATA_PATH"); dir != "" {
		if b, err := os.ReadFile(dir + "/motd.txt"); err == nil {
			fmt.Print(string(b))
		}
	}
}
