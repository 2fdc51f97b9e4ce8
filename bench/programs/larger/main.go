// larger is a benchmark program with several real dependencies: a CLI (cobra) that reads YAML,
// formats text and prints identifiers.
package main

import (
	"fmt"
	"os"

	"github.com/google/uuid"
	"github.com/spf13/cobra"
	"golang.org/x/text/cases"
	"golang.org/x/text/language"
	"gopkg.in/yaml.v3"
)

func main() {
	root := &cobra.Command{
		Use:   "larger",
		Short: "A benchmark program with dependencies",
		RunE: func(cmd *cobra.Command, args []string) error {
			var doc map[string]any
			if err := yaml.Unmarshal([]byte("name: build-go-image\nkind: bench\n"), &doc); err != nil {
				return err
			}
			title := cases.Title(language.English).String(fmt.Sprint(doc["name"]))
			fmt.Println(title, uuid.NewString())
			return nil
		},
	}
	if err := root.Execute(); err != nil {
		os.Exit(1)
	}
}
