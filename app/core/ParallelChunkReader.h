#pragma once
// Decodes the call chunks of one run on the reading thread and `helpers` more threads at once. Decoding is
// most of the work of reading a run (format 1.1+), so RunLoader and RunProfile share it: the reading
// thread steps SQLite (one connection, one snapshot) and queues chunk texts while the queue has room,
// decoding the rest itself, so it never waits and the work balances itself. Not part of the library's
// interface.

#include "ChunkDecoder.h"
#include "SqliteStatement.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <thread>
#include <vector>

namespace breadcrumb {

// Where a decoded chunk comes from.
struct ChunkOrigin
{
    std::int64_t chunkId = 0;
    std::int64_t threadId = 0;
    std::uint32_t thread = 0;         // index into ParallelChunkReader::threadIds(), by first appearance
    std::uint64_t threadSequence = 0; // this is the thread's threadSequence-th chunk in read order (from 0)
};

class ParallelChunkReader
{
public:
    // Reads the run's call_chunks rows in the order `orderBy` (an SQL ORDER BY list) gives.
    ParallelChunkReader(sqlite3* db, std::int64_t runId, std::string orderBy, unsigned helpers)
        : m_db(db), m_runId(runId), m_orderBy(std::move(orderBy)), m_helpers(helpers)
    {
    }

    // Calls consume(std::span<const ChunkCall>, const ChunkOrigin&, unsigned worker) once per chunk, on the
    // reading thread (worker 0) or a helper (1..helpers), so up to helpers + 1 calls run at once: `worker`
    // indexes per-thread state. Returns false, the partial results to be thrown away, when a chunk does not
    // decode or consume returns false or throws: everything stops, and the caller's single-threaded pass
    // reports what is wrong. keepGoing(decoded calls) is asked every 16k calls; when it says stop, this
    // throws TraceError(Interrupted).
    template <typename Consume, typename KeepGoing>
    bool run(const Consume& consume, const KeepGoing& keepGoing);

    // thread_id of each ChunkOrigin::thread.
    const std::vector<std::int64_t>& threadIds() const { return m_threadIds; }

private:
    // One chunk row copied out of SQLite (its text lives only until the next step) for a helper to decode.
    struct Job
    {
        std::string rows;
        std::int64_t baseNs = 0;
        ChunkOrigin origin;
    };

    sqlite3* m_db;
    std::int64_t m_runId;
    std::string m_orderBy;
    unsigned m_helpers;
    std::vector<std::int64_t> m_threadIds;
};

template <typename Consume, typename KeepGoing>
bool ParallelChunkReader::run(const Consume& consume, const KeepGoing& keepGoing)
{
    std::atomic<std::int64_t> decoded{0};
    std::atomic_bool stop{false}; // something was irregular, or the read is cancelled: every thread ends
    // Decodes and hands over one chunk; false when anything failed (the caller stops everything).
    auto handle = [&](std::string_view rows, std::int64_t baseNs, const ChunkOrigin& origin, unsigned worker,
                      std::vector<ChunkCall>& buffer) {
        try {
            buffer.clear();
            ChunkDecoder::decode(rows, baseNs, origin.chunkId, buffer);
            if (consume(std::span<const ChunkCall>(buffer), origin, worker)) {
                decoded.fetch_add(static_cast<std::int64_t>(buffer.size()), std::memory_order_relaxed);
                return true;
            }
        } catch (...) {
            // the single-threaded pass will say what is wrong (naming the chunk) or fail the same way
        }
        stop = true;
        return false;
    };

    const std::size_t queueDepth = m_helpers == 0 ? 0 : 2 * m_helpers + 2; // no helper: decode it all here
    std::mutex mutex;
    std::condition_variable ready;
    std::deque<Job> queue;
    std::vector<std::string> spare; // texts the helpers are done with, reused to save allocations
    bool finished = false;          // no more jobs will come (under `mutex`)
    auto finish = [&] {
        {
            std::lock_guard lock(mutex);
            finished = true;
        }
        ready.notify_all();
    };
    m_threadIds.clear();
    std::vector<std::uint64_t> threadChunks; // per thread index: chunks read so far
    {
        std::vector<std::jthread> threads;
        // Declared after the threads: on any exit it tells them to stop before they are joined.
        struct Finisher
        {
            decltype(finish)& f;
            ~Finisher() { f(); }
        } finisher{finish};
        for (unsigned h = 1; h <= m_helpers; ++h) {
            threads.emplace_back([&, h] {
                std::vector<ChunkCall> buffer;
                try {
                    for (;;) {
                        Job job;
                        {
                            std::unique_lock lock(mutex);
                            ready.wait(lock, [&] { return !queue.empty() || finished || stop.load(); });
                            if (queue.empty() || stop.load())
                                return;
                            job = std::move(queue.front());
                            queue.pop_front();
                        }
                        if (!handle(job.rows, job.baseNs, job.origin, h, buffer))
                            return;
                        std::lock_guard lock(mutex);
                        spare.push_back(std::move(job.rows));
                    }
                } catch (...) {
                    stop = true; // out of memory: the single-threaded pass fails the same way
                }
            });
        }

        SqliteStatement s(m_db, "SELECT chunk_id, thread_id, base_ns, rows FROM call_chunks WHERE run_id = ? "
                                "ORDER BY " +
                                    m_orderBy);
        s.bind(1, m_runId);
        std::vector<ChunkCall> buffer;
        std::int64_t reported = 0;
        while (!stop.load() && s.step()) {
            const std::int64_t threadId = s.int64(1);
            // a run has a handful of threads: a linear search beats a hash map
            auto it = std::find(m_threadIds.begin(), m_threadIds.end(), threadId);
            if (it == m_threadIds.end()) {
                it = m_threadIds.insert(m_threadIds.end(), threadId);
                threadChunks.push_back(0);
            }
            ChunkOrigin origin;
            origin.chunkId = s.int64(0);
            origin.threadId = threadId;
            origin.thread = static_cast<std::uint32_t>(it - m_threadIds.begin());
            origin.threadSequence = threadChunks[origin.thread]++;
            const std::string_view rows = s.textView(3);
            std::optional<Job> job;
            {
                std::lock_guard lock(mutex);
                if (queue.size() < queueDepth) {
                    job.emplace();
                    if (!spare.empty()) {
                        job->rows = std::move(spare.back());
                        spare.pop_back();
                    }
                }
            }
            if (job) {
                job->rows.assign(rows);
                job->baseNs = s.int64(2);
                job->origin = origin;
                {
                    std::lock_guard lock(mutex);
                    queue.push_back(std::move(*job));
                }
                ready.notify_one();
            } else if (!handle(rows, s.int64(2), origin, 0, buffer)) {
                break;
            }
            const std::int64_t done = decoded.load(std::memory_order_relaxed);
            if (done - reported >= 0x4000) {
                reported = done;
                if (!keepGoing(done)) {
                    stop = true; // stops the helpers; the read ends here
                    throw TraceError(TraceError::Kind::Interrupted, "loading cancelled");
                }
            }
        }
    } // the helpers drain the queue and are joined here
    return !stop.load();
}

} // namespace breadcrumb
