//go:build unix

package corpus

import (
	"os"
	"syscall"
)

type devIno struct{ dev, ino uint64 }

// dirKey returns a comparable identity of a folder: its device and inode.
func dirKey(dir string, info os.FileInfo) any {
	if st, ok := info.Sys().(*syscall.Stat_t); ok {
		return devIno{uint64(st.Dev), uint64(st.Ino)}
	}
	return dirKeyPath(dir)
}
