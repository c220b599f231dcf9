// Build-time tool: renders the SVG icon into a PNG of one hicolor size through Qt's own SVG image
// plugin, so neither the build nor the package needs an extra rasteriser.
//
//   render-icon IN.svg SIZE OUT.png
#include <QCoreApplication>
#include <QImage>
#include <QImageReader>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    bool ok = false;
    const int size = args.size() == 4 ? args[2].toInt(&ok) : 0;
    if (!ok || size < 1 || size > 4096) {
        err << "usage: render-icon IN.svg SIZE OUT.png (SIZE from 1 to 4096)\n";
        return 2;
    }
    QImageReader reader(args[1]);
    reader.setScaledSize(QSize(size, size));
    const QImage image = reader.read();
    if (image.isNull()) {
        err << "render-icon: cannot read " << args[1] << ": " << reader.errorString() << '\n';
        return 1;
    }
    if (!image.save(args[3], "PNG")) {
        err << "render-icon: cannot write " << args[3] << '\n';
        return 1;
    }
    return 0;
}
