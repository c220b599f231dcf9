#pragma once
// An SQLite VFS over the default one that hands the trace writer's WAL appends to the kernel in large
// writes. SQLite writes each WAL frame as two pwrite()s, its 24-byte header and then its page, at offsets
// that are not page-aligned; the kernel pays per call and per page-cache page touched, so the writer's
// WAL writes cost ~4x what one write of the same bytes does (a frame: ~7 us against ~1 us on the 2-core
// VM, 1.5k frames for 673k calls). Here a WAL file keeps contiguous writes in a buffer and passes them on
// at the latest when the transaction's commit frame is written, in the xWrite() of that frame, so a
// failure is still the commit's failure. A reader learns of the frames only from the wal-index header that
// the commit publishes after that write, so readers in this or any other process never see fewer bytes
// than before. Any other call on the WAL or on its database (reads, locks, the shared-memory index,
// truncation, sync, close) also passes the buffered bytes on first, so nothing can be read or lock-ordered
// around them. The database file and every other file are the default VFS's, untouched.
namespace breadcrumb::coalescingvfs {

// The VFS's name for sqlite3_open_v2(), registered (not as the default) on first use; nullptr if SQLite
// refused to register it: then the default VFS is used.
const char* name();

} // namespace breadcrumb::coalescingvfs
