//go:build !unix

package corpus

import "os"

// dirKey returns a comparable identity of a folder: its absolute path with
// symbolic links resolved.
func dirKey(dir string, info os.FileInfo) any {
	return dirKeyPath(dir)
}
