#include "SeedTrace.h"

#include "TraceBuilder.h"

#include <QFile>
#include <sstream>

void buildSeedTrace(const std::string& path)
{
    TraceBuilder b(path);
    const auto main = b.addFunction("main", "__main__", 100);
    const auto fast = b.addFunction("fast_function", "__main__", 10);
    const auto slow = b.addFunction("slow_function", "__main__", 15);
    const auto verySlow = b.addFunction("very_slow_function", "__main__", 20);
    const auto process = b.addFunction("process_data", "__main__", 30);
    const auto redundant = b.addFunction("redundant_computation", "__main__", 40);
    const auto cached = b.addFunction("cached_computation", "__main__", 50);
    const auto inefficient = b.addFunction("inefficient_loop", "__main__", 60);
    const auto wasteful = b.addFunction("wasteful_string_concat", "__main__", 70);

    b.addRun(1, kT0, kT0 + ms(2100));
    b.addThread(1, 1, "MainThread");
    std::int64_t id = 1;
    auto at = [](double t) { return kT0 + ms(t); };
    b.addCall(id++, 1, std::nullopt, main, at(0), ms(2100));
    for (int i = 0; i < 5; ++i)
        b.addCall(id++, 1, 1, fast, at(1 + i), ms(0.01));
    b.addCall(id++, 1, 1, verySlow, at(10), ms(500.2));
    const auto processId = id++;
    b.addCall(processId, 1, 1, process, at(520), ms(300.5));
    for (int i = 0; i < 3; ++i)
        b.addCall(id++, 1, processId, slow, at(520.05 + 100.1 * i), ms(100.1));
    const auto redundantId = id++;
    b.addCall(redundantId, 1, 1, redundant, at(830), ms(1000.5));
    const double durations[10] = {99.8,    100.2,   100.025, 100.025, 100.025,
                                  100.025, 100.025, 100.025, 100.025, 100.025};
    double t = 830.1;
    for (double d : durations) {
        b.addCall(id++, 1, redundantId, slow, at(t), ms(d));
        t += d;
    }
    b.addCall(id++, 1, 1, inefficient, at(1840), ms(123.4));
    b.addCall(id++, 1, 1, wasteful, at(1970), ms(45.6));

    const auto t2 = kT0 + 10'000'000'000;
    b.addRun(2, t2, t2 + ms(200));
    b.addThread(2, 1, "MainThread");
    const auto main2 = id++;
    b.addCall(main2, 2, std::nullopt, main, t2, ms(200));
    const auto cachedId = id++;
    b.addCall(cachedId, 2, main2, cached, t2 + ms(1), ms(100.1));
    b.addCall(id++, 2, cachedId, slow, t2 + ms(1.05), ms(100.0));
    const auto fastId = id++;
    b.addCall(fastId, 2, main2, fast, t2 + ms(150), ms(0.01), 1, 1);
    b.addException(1, 2, fastId, t2 + ms(150.01), "ValueError", "bad input", true);
    b.finish();
}

std::map<std::string, std::string> loadSeedQueries()
{
    std::map<std::string, std::string> queries;
    QFile file(QStringLiteral(BREADCRUMB_SEED_QUERIES));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        qFatal("cannot read %s", BREADCRUMB_SEED_QUERIES);
    std::string name;
    while (!file.atEnd()) {
        const std::string line = file.readLine().toStdString();
        if (line.rfind("-- name:", 0) == 0) {
            std::istringstream words(line.substr(8));
            words >> name;
        } else if (!name.empty()) {
            queries[name] += line;
        }
    }
    return queries;
}
