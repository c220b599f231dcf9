// STDDEV, STDDEV_POP, VARIANCE, MEDIAN and PERCENTILE against values computed by hand, as aggregates and as
// window functions, on a real SQLite connection.

#include "TraceDatabase.h"

#include <cmath>
#include <optional>
#include <QtTest>
#include <sqlite3.h>

using namespace breadcrumb;

class TestSqlFunctions : public QObject
{
    Q_OBJECT

    sqlite3* m_db = nullptr;

    void exec(const QString& sql)
    {
        char* error = nullptr;
        const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &error);
        const QString message = error ? QString::fromUtf8(error) : QString();
        sqlite3_free(error);
        QVERIFY2(rc == SQLITE_OK, qPrintable(message));
    }

    // Every value of the first column; nullopt for NULL.
    std::vector<std::optional<double>> column(const QString& sql, QString* error = nullptr)
    {
        std::vector<std::optional<double>> out;
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &stmt, nullptr) != SQLITE_OK) {
            if (error)
                *error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return out;
        }
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            if (sqlite3_column_type(stmt, 0) == SQLITE_NULL)
                out.emplace_back(std::nullopt);
            else
                out.emplace_back(sqlite3_column_double(stmt, 0));
        }
        if (rc != SQLITE_DONE && error)
            *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(stmt);
        return out;
    }

    void fill(const QString& values)
    {
        exec("DELETE FROM t");
        int order = 0;
        for (const QString& v : values.split(',', Qt::SkipEmptyParts))
            exec(QString("INSERT INTO t(i, x) VALUES (%1, %2)").arg(order++).arg(v.trimmed()));
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(sqlite3_open(":memory:", &m_db), SQLITE_OK);
        registerSqlFunctions(m_db);
        exec("CREATE TABLE t(i INTEGER, x)");
    }
    void cleanupTestCase() { sqlite3_close(m_db); }

    void aggregate_data()
    {
        QTest::addColumn<QString>("values");
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QVariant>("expected"); // invalid QVariant = NULL

        const QString classic = "2,4,4,4,5,5,7,9"; // mean 5, sum of squares 32
        QTest::newRow("stddev sample") << classic << "STDDEV(x)" << QVariant(std::sqrt(32.0 / 7.0));
        QTest::newRow("stddev_samp alias") << classic << "STDDEV_SAMP(x)" << QVariant(std::sqrt(32.0 / 7.0));
        QTest::newRow("stddev population") << classic << "STDDEV_POP(x)" << QVariant(2.0);
        QTest::newRow("variance sample") << classic << "VARIANCE(x)" << QVariant(32.0 / 7.0);
        QTest::newRow("stddev lower case") << classic << "stddev(x)" << QVariant(std::sqrt(32.0 / 7.0));
        QTest::newRow("stddev one value") << "5"
                                          << "STDDEV(x)" << QVariant();
        QTest::newRow("stddev_pop one value") << "5"
                                              << "STDDEV_POP(x)" << QVariant(0.0);
        QTest::newRow("stddev empty") << ""
                                      << "STDDEV(x)" << QVariant();
        QTest::newRow("stddev ignores NULL") << "1,NULL,3"
                                             << "STDDEV(x)" << QVariant(std::sqrt(2.0));
        QTest::newRow("stddev all NULL") << "NULL,NULL"
                                         << "STDDEV(x)" << QVariant();
        QTest::newRow("stddev constant") << "7,7,7,7"
                                         << "STDDEV(x)" << QVariant(0.0);
        QTest::newRow("stddev large offset") << "1000000000.1,1000000000.2,1000000000.3"
                                             << "STDDEV(x)" << QVariant(0.1);
        QTest::newRow("median even") << "4,1,3,2"
                                     << "MEDIAN(x)" << QVariant(2.5);
        QTest::newRow("median odd") << "3,1,2"
                                    << "MEDIAN(x)" << QVariant(2.0);
        QTest::newRow("median one") << "42"
                                    << "MEDIAN(x)" << QVariant(42.0);
        QTest::newRow("median NULLs") << "NULL,5,NULL,1"
                                      << "MEDIAN(x)" << QVariant(3.0);
        QTest::newRow("median empty") << ""
                                      << "MEDIAN(x)" << QVariant();
        QTest::newRow("median skips text") << "1,'abc',3"
                                           << "MEDIAN(x)" << QVariant(2.0);
        QTest::newRow("median numeric text") << "1,'5',3"
                                             << "MEDIAN(x)" << QVariant(3.0);
        QTest::newRow("p0") << "5,1,4,2,3"
                            << "PERCENTILE(x, 0)" << QVariant(1.0);
        QTest::newRow("p100") << "5,1,4,2,3"
                              << "PERCENTILE(x, 100)" << QVariant(5.0);
        QTest::newRow("p50") << "5,1,4,2,3"
                             << "PERCENTILE(x, 50)" << QVariant(3.0);
        QTest::newRow("p25 interpolated") << "1,2,3,4"
                                          << "PERCENTILE(x, 25)" << QVariant(1.75);
        QTest::newRow("p95 of 1..10") << "1,2,3,4,5,6,7,8,9,10"
                                      << "PERCENTILE(x, 95)" << QVariant(9.55);
        QTest::newRow("p99 of 1..10") << "1,2,3,4,5,6,7,8,9,10"
                                      << "PERCENTILE(x, 99)" << QVariant(9.91);
        QTest::newRow("p fractional") << "0,10"
                                      << "PERCENTILE(x, 12.5)" << QVariant(1.25);
        QTest::newRow("percentile empty") << ""
                                          << "PERCENTILE(x, 50)" << QVariant();
        QTest::newRow("median ms values") << "99.8,100.2,100.025"
                                          << "MEDIAN(x)" << QVariant(100.025);
    }

    void aggregate()
    {
        QFETCH(QString, values);
        QFETCH(QString, expression);
        QFETCH(QVariant, expected);
        fill(values);
        QString error;
        const auto result = column("SELECT " + expression + " FROM t", &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(result.size(), std::size_t(1));
        if (!expected.isValid()) {
            QVERIFY2(!result[0].has_value(), "expected NULL");
        } else {
            QVERIFY2(result[0].has_value(), "unexpected NULL");
            QVERIFY2(std::fabs(*result[0] - expected.toDouble()) < 1e-6,
                     qPrintable(QString("%1 != %2").arg(*result[0], 0, 'g', 12).arg(expected.toDouble())));
        }
    }

    void groupBy()
    {
        exec("DELETE FROM t");
        exec("INSERT INTO t(i, x) VALUES (1, 1), (1, 3), (2, 10), (2, 20), (2, 30)");
        const auto medians = column("SELECT MEDIAN(x) FROM t GROUP BY i ORDER BY i");
        QCOMPARE(medians.size(), std::size_t(2));
        QCOMPARE(*medians[0], 2.0);
        QCOMPARE(*medians[1], 20.0);
        const auto stddevs = column("SELECT STDDEV(x) FROM t GROUP BY i ORDER BY i");
        QCOMPARE(*stddevs[1], 10.0);
    }

    void window_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QList<double>>("expected");
        // x = 1, 3, 10, 20 over a sliding frame of the current and the previous row
        const QString frame = " OVER (ORDER BY i ROWS BETWEEN 1 PRECEDING AND CURRENT ROW)";
        QTest::newRow("stddev sliding")
            << "STDDEV(x)" + frame << QList<double>{-1, std::sqrt(2.0), std::sqrt(24.5), std::sqrt(50.0)};
        QTest::newRow("stddev_pop sliding") << "STDDEV_POP(x)" + frame << QList<double>{0, 1, 3.5, 5};
        QTest::newRow("median sliding") << "MEDIAN(x)" + frame << QList<double>{1, 2, 6.5, 15};
        QTest::newRow("percentile sliding") << "PERCENTILE(x, 100)" + frame << QList<double>{1, 3, 10, 20};
        QTest::newRow("median running") << "MEDIAN(x) OVER (ORDER BY i)" << QList<double>{1, 2, 3, 6.5};
        QTest::newRow("variance whole")
            << "VARIANCE(x) OVER ()"
            << QList<double>{221.0 / 3, 221.0 / 3, 221.0 / 3, 221.0 / 3}; // mean 8.5, m2 221
    }

    void window()
    {
        QFETCH(QString, expression);
        QFETCH(QList<double>, expected);
        fill("1,3,10,20");
        QString error;
        const auto result = column("SELECT " + expression + " FROM t ORDER BY i", &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(result.size(), std::size_t(expected.size()));
        for (qsizetype k = 0; k < expected.size(); ++k) {
            if (expected[k] < 0) {
                QVERIFY(!result[std::size_t(k)].has_value());
                continue;
            }
            QVERIFY(result[std::size_t(k)].has_value());
            QVERIFY2(
                std::fabs(*result[std::size_t(k)] - expected[k]) < 1e-9,
                qPrintable(QString("row %1: %2 != %3").arg(k).arg(*result[std::size_t(k)]).arg(expected[k])));
        }
    }

    void percentileRejectsBadP_data()
    {
        QTest::addColumn<QString>("p");
        QTest::newRow("negative") << "-1";
        QTest::newRow("above 100") << "100.5";
        QTest::newRow("text") << "'high'";
        QTest::newRow("null") << "NULL";
    }

    void percentileRejectsBadP()
    {
        QFETCH(QString, p);
        fill("1,2,3");
        QString error;
        column("SELECT PERCENTILE(x, " + p + ") FROM t", &error);
        QVERIFY2(error.contains("between 0 and 100"), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSqlFunctions)
#include "tst_sqlfunctions.moc"
