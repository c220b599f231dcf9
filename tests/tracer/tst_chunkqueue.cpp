// ChunkQueue (tracer/native): the hand-over of call rows from traced threads to the writer. Memory stays
// bounded (never more than maxChunks chunks, spares included), a producer waits instead of dropping
// rows, and every row appended reaches the writer exactly once.

#include "ChunkQueue.h"

#include <atomic>
#include <QtTest>
#include <thread>
#include <utility>

using namespace breadcrumb;

Q_DECLARE_METATYPE(CallRow)

class TestChunkQueue : public QObject
{
    Q_OBJECT

private slots:
    // A chunk packs calls (Rows.h PackedCall): what does not fit one slot takes a tail, and every call
    // reads back as it was written, alone or after others, and through a partial drain.
    void callsReadBackAsWritten_data()
    {
        QTest::addColumn<CallRow>("call");
        QTest::addColumn<uint32_t>("slotCount");
        constexpr int64_t k32 = int64_t(1) << 32;
        // callId, parentId, functionId, threadId, startNs, durationNs, childNs, exceptionId, depth
        QTest::newRow("plain") << CallRow{9, 4, 3, 7, 1'700'000'000'000'000'000, 50, 20, 0, 2} << 1u;
        QTest::newRow("root") << CallRow{k32 - 1, 0, 3, 7, 5, 50, 0, 0, 0} << 1u;
        QTest::newRow("root past 2^32 calls") << CallRow{k32, 0, 3, 7, 5, 50, 0, 0, 0} << 2u;
        QTest::newRow("parent 2^32 back") << CallRow{k32 + 5, 5, 3, 7, 5, 50, 0, 0, 1} << 2u;
        QTest::newRow("parent after it") << CallRow{5, 6, 3, 7, 5, 50, 0, 0, 1} << 2u;
        QTest::newRow("children for 4.3 s") << CallRow{9, 4, 3, 7, 5, 2 * k32, k32, 0, 1} << 2u;
        QTest::newRow("negative times") << CallRow{9, 4, 3, 7, -5, -50, 0, 0, 1} << 1u;
        QTest::newRow("function id past 32 bits") << CallRow{9, 4, k32, 7, 5, 50, 0, 0, 1} << 2u;
        QTest::newRow("exception") << CallRow{9, 4, 3, 7, 5, 50, 20, 11, 1} << 2u;
        QTest::newRow("another thread") << CallRow{9, 4, 3, 8, 5, 50, 20, 0, 1} << 2u;
        QTest::newRow("deep") << CallRow{9, 4, 3, 7, 5, 50, 20, 0, INT32_MAX} << 1u;
    }
    void callsReadBackAsWritten()
    {
        QFETCH(CallRow, call);
        QFETCH(uint32_t, slotCount);
        ChunkQueue queue(2);
        ProducerSlot slot;
        slot.threadId = 7;
        queue.attach(slot);
        Chunk* c = slot.chunk;
        QCOMPARE(c->threadId, int64_t(7));
        const CallRow before{1, 0, 2, 7, 3, 4, 0, 0, 0};
        uint32_t n = c->put(0, before);
        QCOMPARE(n, 1u);
        QCOMPARE(c->slotsFor(call), slotCount);
        n = c->put(n, call);
        QCOMPARE(n, 1 + slotCount);
        c->count.store(n, std::memory_order_release);
        ChunkQueue::Batch batch = queue.take(std::chrono::milliseconds(0), true);
        QCOMPARE(batch.partial.size(), size_t(2));
        uint32_t i = 0;
        const CallRow read[] = {c->read(i), c->read(i), batch.partial[0], batch.partial[1]};
        QCOMPARE(i, n);
        for (int k = 0; k < 4; ++k) {
            const CallRow& want = k % 2 ? call : before;
            const CallRow& got = read[k];
            QCOMPARE(got.callId, want.callId);
            QCOMPARE(got.parentId, want.parentId);
            QCOMPARE(got.functionId, want.functionId);
            QCOMPARE(got.threadId, want.threadId);
            QCOMPARE(got.startNs, want.startNs);
            QCOMPARE(got.durationNs, want.durationNs);
            QCOMPARE(got.childNs, want.childNs);
            QCOMPARE(got.exceptionId, want.exceptionId);
            QCOMPARE(got.depth, want.depth);
        }
        queue.detach(slot);
    }

    void sparesStayWithinTheLimit()
    {
        ChunkQueue queue(6);
        queue.keepSpare(4);
        QCOMPARE(queue.allocatedChunks(), size_t(4));
        ProducerSlot a, b;
        queue.attach(a); // takes a spare: nothing new is allocated
        queue.attach(b);
        QCOMPARE(queue.allocatedChunks(), size_t(4));
        queue.keepSpare(4); // 2 free, 2 more wanted, room for 2
        QCOMPARE(queue.allocatedChunks(), size_t(6));
        queue.keepSpare(8); // at the limit: nothing more
        QCOMPARE(queue.allocatedChunks(), size_t(6));
        QVERIFY(!queue.wouldBlock());
        queue.detach(a);
        queue.detach(b);
    }

    // The writer hands chunks back one by one as it writes them: a producer waiting at the limit goes on
    // as soon as one chunk is back, while the rest of the batch is still being written, and its wait is
    // counted.
    void aWaitingProducerGoesOnWithOneReleasedChunk()
    {
        ChunkQueue queue(2);
        ProducerSlot slot;
        queue.attach(slot);
        auto fill = [](Chunk* c) { c->count.store(Chunk::kCapacity, std::memory_order_release); };
        fill(slot.chunk);
        queue.swap(slot); // the second chunk: the limit
        fill(slot.chunk);
        QVERIFY(queue.wouldBlock());
        std::atomic<bool> swapped{false};
        std::thread producer([&] {
            queue.swap(slot); // no free chunk: waits for the writer
            swapped = true;
        });
        ChunkQueue::Batch batch;
        while (batch.full.size() < 2) { // both full chunks, the second once the producer queued it
            ChunkQueue::Batch more = queue.take(std::chrono::milliseconds(50), false);
            batch.full.insert(batch.full.end(), more.full.begin(), more.full.end());
        }
        QVERIFY(!swapped.load()); // still waiting: nothing was released
        queue.release(std::exchange(batch.full[0], nullptr));
        QTRY_VERIFY_WITH_TIMEOUT(swapped.load(), 10000); // with the second chunk still held
        producer.join();
        QVERIFY(queue.stalls().count >= 1);
        QVERIFY(queue.stalls().ns > 0);
        queue.release(batch.full);    // the rest; the released entry is null and skipped
        QVERIFY(!queue.wouldBlock()); // exactly one chunk free: none was released twice
        queue.detach(slot);
        ChunkQueue::Batch last = queue.take(std::chrono::milliseconds(0), false);
        queue.release(last.full);
        QCOMPARE(queue.allocatedChunks(), size_t(2));
    }

    void everyRowArrivesOnce_data()
    {
        QTest::addColumn<int>("maxChunks");
        QTest::addColumn<int>("spare");
        QTest::newRow("2 chunks, no spares") << 2 << 0;
        QTest::newRow("3 chunks, 1 spare") << 3 << 1;
        QTest::newRow("8 chunks, 4 spares") << 8 << 4;
        QTest::newRow("spares above the limit") << 4 << 16;
    }
    void everyRowArrivesOnce()
    {
        QFETCH(int, maxChunks);
        QFETCH(int, spare);
        constexpr int kProducers = 3;
        constexpr int64_t kRowsEach = 5 * Chunk::kCapacity + 17; // full chunks and a partial one
        ChunkQueue queue{size_t(maxChunks)};
        std::atomic<int> producing{kProducers};
        std::atomic<size_t> mostAllocated{0};
        std::vector<int> seen(size_t(kProducers * kRowsEach), 0);

        // The writer: tops up spares, takes full chunks and partial rows, releases, as TraceWriter does.
        std::thread writer([&] {
            for (;;) {
                const bool last = producing.load() == 0;
                queue.keepSpare(size_t(spare));
                mostAllocated = std::max(mostAllocated.load(), queue.allocatedChunks());
                ChunkQueue::Batch batch = queue.take(std::chrono::milliseconds(5), true);
                for (Chunk* c : batch.full)
                    for (uint32_t i = c->consumed; i < c->count.load();)
                        ++seen[size_t(c->read(i).callId)];
                for (const CallRow& r : batch.partial)
                    ++seen[size_t(r.callId)];
                queue.release(batch.full);
                if (last && batch.full.empty() && batch.partial.empty() && !queue.hasFull())
                    return;
            }
        });
        std::vector<std::thread> producers;
        for (int p = 0; p < kProducers; ++p)
            producers.emplace_back([&, p] {
                ProducerSlot slot;
                slot.threadId = p;
                queue.attach(slot);
                for (int64_t i = 0; i < kRowsEach; ++i) {
                    Chunk* c = slot.chunk;
                    uint32_t n = c->count.load(std::memory_order_relaxed);
                    if (n == Chunk::kCapacity) { // full: hand it over, wait for room (backpressure)
                        queue.swap(slot);
                        c = slot.chunk;
                        n = 0;
                    }
                    c->count.store(c->put(n, CallRow{p * kRowsEach + i, 0, 0, p, 0, 0, 0, 0, 0}),
                                   std::memory_order_release);
                }
                queue.detach(slot);
                --producing;
            });
        for (std::thread& t : producers)
            t.join();
        writer.join();

        QVERIFY(mostAllocated.load() <= size_t(maxChunks));
        QCOMPARE(std::count(seen.begin(), seen.end(), 1),
                 std::ptrdiff_t(seen.size())); // none lost, none twice
    }
};

QTEST_APPLESS_MAIN(TestChunkQueue)
#include "tst_chunkqueue.moc"
