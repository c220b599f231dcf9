#include "CoalescingVfs.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <sqlite3.h>
#include <vector>

namespace breadcrumb::coalescingvfs {
namespace {

constexpr int kFrameHeaderBytes = 24; // WAL_FRAME_HDRSIZE: page number, then the commit's page count
// Large enough that the kernel's per-call cost is mostly gone (writing 24 MB of frames in writes of 128 KB:
// 1.8 ms, 64 KB: 2.7 ms, frame by frame: 11 ms), and below the largest write the unix VFS passes on
// (it masks a write's size with 0x1ffff); allocated on the first write.
constexpr size_t kBufferBytes = 0x1ffff & ~size_t(7);

sqlite3_vfs* g_base = nullptr; // the default VFS, which does the actual I/O
sqlite3_vfs g_vfs{};

// SQLite allocates szOsFile bytes per file: this header, then the default VFS's own file object.
struct File
{
    sqlite3_file base; // first: SQLite sees this
    sqlite3_file* real;
    const char* name;    // the database's: SQLite keeps it valid until xClose
    File* wal;           // a database: its open WAL, whose buffered bytes go out before any call here
    File* db;            // a WAL: its database (nullptr: unmatched, writes pass straight through)
    char* pending;       // a WAL: bytes written here, not yet passed on ...
    size_t used;         // ... how many ...
    sqlite3_int64 start; // ... and where they go in the file
    bool flushAfterNext; // the last write was a commit frame's header: its page ends the transaction
};
static_assert(sizeof(File) % 8 == 0, "the default VFS's file object follows, 8-byte aligned");

std::mutex g_openMutex;
std::vector<File*> g_databases; // open main database files, for their WAL to find them

const sqlite3_io_methods* real(File* f)
{
    return f->real->pMethods;
}

int flush(File* wal)
{
    if (wal->used == 0)
        return SQLITE_OK;
    const int rc = real(wal)->xWrite(wal->real, wal->pending, int(wal->used), wal->start);
    wal->used = 0; // on failure the bytes are dropped: SQLite fails the transaction that wrote them
    return rc;
}

// Before any call on a file other than a WAL append: the WAL's buffered bytes reach the kernel.
int drain(File* f)
{
    File* wal = f->db ? f : f->wal;
    return wal ? flush(wal) : SQLITE_OK;
}

int xClose(sqlite3_file* file)
{
    File* f = reinterpret_cast<File*>(file);
    const int flushed = drain(f);
    {
        std::lock_guard lock(g_openMutex);
        if (f->db) {
            f->db->wal = nullptr;
        } else {
            g_databases.erase(std::remove(g_databases.begin(), g_databases.end(), f), g_databases.end());
            if (f->wal)
                f->wal->db = nullptr;
        }
    }
    std::free(f->pending);
    f->pending = nullptr;
    const int rc = real(f)->xClose(f->real);
    return flushed != SQLITE_OK ? flushed : rc;
}

int xRead(sqlite3_file* file, void* out, int amount, sqlite3_int64 offset)
{
    File* f = reinterpret_cast<File*>(file);
    if (const int rc = drain(f); rc != SQLITE_OK)
        return rc;
    return real(f)->xRead(f->real, out, amount, offset);
}

int walWrite(File* f, const void* data, int amount, sqlite3_int64 offset)
{
    if (f->used && offset != f->start + sqlite3_int64(f->used)) {
        if (const int rc = flush(f); rc != SQLITE_OK)
            return rc;
    }
    if (size_t(amount) > kBufferBytes - f->used) {
        if (const int rc = flush(f); rc != SQLITE_OK)
            return rc;
    }
    if (!f->pending && size_t(amount) <= kBufferBytes)
        f->pending = static_cast<char*>(std::malloc(kBufferBytes));
    if (!f->pending || size_t(amount) > kBufferBytes)
        return real(f)->xWrite(f->real, data, amount, offset);
    if (f->used == 0)
        f->start = offset;
    std::memcpy(f->pending + f->used, data, size_t(amount));
    f->used += size_t(amount);
    if (f->flushAfterNext) { // the commit frame's page: the transaction's last byte
        f->flushAfterNext = false;
        return flush(f);
    }
    const auto* bytes = static_cast<const unsigned char*>(data);
    f->flushAfterNext = amount == kFrameHeaderBytes && (bytes[4] | bytes[5] | bytes[6] | bytes[7]) != 0;
    return SQLITE_OK;
}

int xWrite(sqlite3_file* file, const void* data, int amount, sqlite3_int64 offset)
{
    File* f = reinterpret_cast<File*>(file);
    if (f->db)
        return walWrite(f, data, amount, offset);
    if (const int rc = drain(f); rc != SQLITE_OK)
        return rc;
    return real(f)->xWrite(f->real, data, amount, offset);
}

// Every other method: the buffered bytes first, then the default VFS's method.
int xTruncate(sqlite3_file* file, sqlite3_int64 size)
{
    File* f = reinterpret_cast<File*>(file);
    if (const int rc = drain(f); rc != SQLITE_OK)
        return rc;
    return real(f)->xTruncate(f->real, size);
}
int xSync(sqlite3_file* file, int flags)
{
    File* f = reinterpret_cast<File*>(file);
    if (const int rc = drain(f); rc != SQLITE_OK)
        return rc;
    return real(f)->xSync(f->real, flags);
}
int xFileSize(sqlite3_file* file, sqlite3_int64* size)
{
    File* f = reinterpret_cast<File*>(file);
    if (const int rc = drain(f); rc != SQLITE_OK)
        return rc;
    return real(f)->xFileSize(f->real, size);
}
int xLock(sqlite3_file* file, int level)
{
    File* f = reinterpret_cast<File*>(file);
    if (const int rc = drain(f); rc != SQLITE_OK)
        return rc;
    return real(f)->xLock(f->real, level);
}
int xUnlock(sqlite3_file* file, int level)
{
    File* f = reinterpret_cast<File*>(file);
    if (const int rc = drain(f); rc != SQLITE_OK)
        return rc;
    return real(f)->xUnlock(f->real, level);
}
int xCheckReservedLock(sqlite3_file* file, int* out)
{
    File* f = reinterpret_cast<File*>(file);
    if (const int rc = drain(f); rc != SQLITE_OK)
        return rc;
    return real(f)->xCheckReservedLock(f->real, out);
}
int xFileControl(sqlite3_file* file, int op, void* arg)
{
    File* f = reinterpret_cast<File*>(file);
    if (const int rc = drain(f); rc != SQLITE_OK)
        return rc;
    return real(f)->xFileControl(f->real, op, arg);
}
// Asked while frames are being written: no reason to pass the buffer on.
int xSectorSize(sqlite3_file* file)
{
    File* f = reinterpret_cast<File*>(file);
    return real(f)->xSectorSize(f->real);
}
int xDeviceCharacteristics(sqlite3_file* file)
{
    File* f = reinterpret_cast<File*>(file);
    return real(f)->xDeviceCharacteristics(f->real);
}
int xShmMap(sqlite3_file* file, int page, int pageSize, int extend, void volatile** out)
{
    File* f = reinterpret_cast<File*>(file);
    if (const int rc = drain(f); rc != SQLITE_OK)
        return rc;
    return real(f)->xShmMap(f->real, page, pageSize, extend, out);
}
int xShmLock(sqlite3_file* file, int offset, int n, int flags)
{
    File* f = reinterpret_cast<File*>(file);
    if (const int rc = drain(f); rc != SQLITE_OK)
        return rc;
    return real(f)->xShmLock(f->real, offset, n, flags);
}
// SQLite publishes a commit's wal-index header around this barrier: the frames must be in the file by
// then. They are already (flushed with the commit frame); this is the backstop, with no way to fail.
void xShmBarrier(sqlite3_file* file)
{
    File* f = reinterpret_cast<File*>(file);
    drain(f);
    real(f)->xShmBarrier(f->real);
}
int xShmUnmap(sqlite3_file* file, int deleteFlag)
{
    File* f = reinterpret_cast<File*>(file);
    if (const int rc = drain(f); rc != SQLITE_OK)
        return rc;
    return real(f)->xShmUnmap(f->real, deleteFlag);
}
int xFetch(sqlite3_file* file, sqlite3_int64 offset, int amount, void** out)
{
    File* f = reinterpret_cast<File*>(file);
    if (const int rc = drain(f); rc != SQLITE_OK)
        return rc;
    return real(f)->xFetch(f->real, offset, amount, out);
}
int xUnfetch(sqlite3_file* file, sqlite3_int64 offset, void* page)
{
    File* f = reinterpret_cast<File*>(file);
    if (const int rc = drain(f); rc != SQLITE_OK)
        return rc;
    return real(f)->xUnfetch(f->real, offset, page);
}

const sqlite3_io_methods kMethods = {3,
                                     xClose,
                                     xRead,
                                     xWrite,
                                     xTruncate,
                                     xSync,
                                     xFileSize,
                                     xLock,
                                     xUnlock,
                                     xCheckReservedLock,
                                     xFileControl,
                                     xSectorSize,
                                     xDeviceCharacteristics,
                                     xShmMap,
                                     xShmLock,
                                     xShmBarrier,
                                     xShmUnmap,
                                     xFetch,
                                     xUnfetch};

int xOpen(sqlite3_vfs*, const char* name, sqlite3_file* file, int flags, int* outFlags)
{
    const bool db = flags & SQLITE_OPEN_MAIN_DB;
    const bool wal = flags & SQLITE_OPEN_WAL;
    if (!db && !wal) // journals, temporary files: the default VFS's file object, in our larger slot
        return g_base->xOpen(g_base, name, file, flags, outFlags);
    File* f = reinterpret_cast<File*>(file);
    std::memset(f, 0, sizeof(File));
    f->real = reinterpret_cast<sqlite3_file*>(f + 1);
    const int rc = g_base->xOpen(g_base, name, f->real, flags, outFlags);
    if (rc != SQLITE_OK)
        return rc; // base.pMethods stays null: SQLite does not close what did not open
    if (f->real->pMethods->iVersion < 3) { // no shared-memory methods to wrap (not the unix VFS's)
        f->real->pMethods->xClose(f->real);
        return g_base->xOpen(g_base, name, file, flags, outFlags);
    }
    f->base.pMethods = &kMethods;
    std::lock_guard lock(g_openMutex);
    if (db) {
        f->name = name;
        g_databases.push_back(f);
    } else if (name) {
        // SQLite names the WAL inside its database's name buffer: the same pointer the database was
        // opened with, so each connection's WAL finds its own database file.
        const char* dbName = sqlite3_filename_database(name);
        for (File* d : g_databases)
            if (d->name == dbName && !d->wal) {
                d->wal = f;
                f->db = d;
                break;
            }
    }
    return SQLITE_OK;
}

// The rest of the VFS is the default one's.
int xDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    return g_base->xDelete(g_base, name, syncDir);
}
int xAccess(sqlite3_vfs*, const char* name, int flags, int* out)
{
    return g_base->xAccess(g_base, name, flags, out);
}
int xFullPathname(sqlite3_vfs*, const char* name, int n, char* out)
{
    return g_base->xFullPathname(g_base, name, n, out);
}
void* xDlOpen(sqlite3_vfs*, const char* name)
{
    return g_base->xDlOpen(g_base, name);
}
void xDlError(sqlite3_vfs*, int n, char* out)
{
    g_base->xDlError(g_base, n, out);
}
void (*xDlSym(sqlite3_vfs*, void* handle, const char* symbol))(void)
{
    return g_base->xDlSym(g_base, handle, symbol);
}
void xDlClose(sqlite3_vfs*, void* handle)
{
    g_base->xDlClose(g_base, handle);
}
int xRandomness(sqlite3_vfs*, int n, char* out)
{
    return g_base->xRandomness(g_base, n, out);
}
int xSleep(sqlite3_vfs*, int us)
{
    return g_base->xSleep(g_base, us);
}
int xCurrentTime(sqlite3_vfs*, double* out)
{
    return g_base->xCurrentTime(g_base, out);
}
int xGetLastError(sqlite3_vfs*, int n, char* out)
{
    return g_base->xGetLastError(g_base, n, out);
}
int xCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out)
{
    return g_base->xCurrentTimeInt64(g_base, out);
}

const char* registerVfs()
{
    g_base = sqlite3_vfs_find(nullptr);
    if (!g_base || g_base->iVersion < 2)
        return nullptr;
    g_vfs.iVersion = 2;
    g_vfs.szOsFile = int(sizeof(File)) + g_base->szOsFile;
    g_vfs.mxPathname = g_base->mxPathname;
    g_vfs.zName = "breadcrumb-coalescing";
    g_vfs.xOpen = xOpen;
    g_vfs.xDelete = xDelete;
    g_vfs.xAccess = xAccess;
    g_vfs.xFullPathname = xFullPathname;
    g_vfs.xDlOpen = xDlOpen;
    g_vfs.xDlError = xDlError;
    g_vfs.xDlSym = xDlSym;
    g_vfs.xDlClose = xDlClose;
    g_vfs.xRandomness = xRandomness;
    g_vfs.xSleep = xSleep;
    g_vfs.xCurrentTime = xCurrentTime;
    g_vfs.xGetLastError = xGetLastError;
    g_vfs.xCurrentTimeInt64 = xCurrentTimeInt64;
    return sqlite3_vfs_register(&g_vfs, 0) == SQLITE_OK ? g_vfs.zName : nullptr;
}

} // namespace

const char* name()
{
    static const char* const registered = registerVfs();
    return registered;
}

} // namespace breadcrumb::coalescingvfs
