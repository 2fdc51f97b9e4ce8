// api is one service of the monorepo.
package main

import "example.com/monorepo/internal/greet"

var version = "dev"

func main() { greet.Run("api", version) }
