// Package shared is a plain library under cmd/: a pattern over cmd/ must skip it (not package main).
package shared

// Name is the monorepo's name.
const Name = "monorepo"
