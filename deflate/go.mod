module build-go-image/deflate

go 1.21

require github.com/klauspost/compress v1.17.11
