// Package greet is shared by every service: a change here rebuilds them all.
package greet

import (
	"fmt"
	"runtime"
)

// Line says who is speaking, on which platform.
func Line(service, version string) string {
	return fmt.Sprintf("%s %s %s/%s", service, version, runtime.GOOS, runtime.GOARCH)
}
