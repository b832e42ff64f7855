// SPDX-License-Identifier: GPL-3.0-or-later
// View ▸ Theme: the palettes, what Beamtop draws following a switch (a chart, the usage bars,
// the page icons), the menu in every window and the setting that persists. No node needed.
#include "accents.h"
#include "chartwidget.h"
#include "collect/schedulersample.h"
#include "guitestutil.h"
#include "mainwindow.h"
#include "pageregistry.h"
#include "rowtablemodel.h"
#include "schedulerbars.h"
#include "schedulermodel.h"
#include "theme.h"
#include "usagebardelegate.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLineSeries>
#include <QListWidget>
#include <QPainter>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>
#include <QVBoxLayout>

using namespace beamtop;

Q_DECLARE_METATYPE(beamtop::Theme::Mode)

namespace {

// The colour of the pixels within r that contrast most with background: the core of any text
// drawn there (antialiased edges contrast less), or the background itself when nothing is.
QColor mostContrasting(const QImage &image, const QRect &r, const QColor &background)
{
    QColor best = background;
    double most = 1.0;
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            const double k = Accents::contrast(c, background);
            if (k > most) {
                most = k;
                best = c;
            }
        }
    }
    return best;
}

int opaquePixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            n += qAlpha(image.pixel(x, y)) == 255 ? 1 : 0;
    }
    return n;
}

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void palettes_data();
    void palettes();
    void systemComesBack();
    void chartFollows();
    void seriesColours();
    void htmlLinks();
    void barText_data();
    void barText();
    void schedulerBarText_data();
    void schedulerBarText();
    void pageIcons();
    void menuAndSetting();
    void cleanupTestCase();

private:
    QTemporaryDir m_settings;
    QColor m_systemWindow;
};

void TestTheme::initTestCase()
{
    QVERIFY(m_settings.isValid());
    test::isolateSettings(m_settings);
    QCOMPARE(Theme::saved(), Theme::Mode::System); // nothing saved yet
    Theme::applySaved();                           // remembers the platform's look
    QCOMPARE(Theme::current(), Theme::Mode::System);
    m_systemWindow = QApplication::palette().color(QPalette::Window);
}

void TestTheme::palettes_data()
{
    QTest::addColumn<Theme::Mode>("mode");
    QTest::newRow("light") << Theme::Mode::Light;
    QTest::newRow("dark") << Theme::Mode::Dark;
}

void TestTheme::palettes()
{
    QFETCH(Theme::Mode, mode);
    const QPalette p = Theme::palette(mode);
    QCOMPARE(Accents::isDark(p), mode == Theme::Mode::Dark);
    // Every text on its own background reads (WCAG AA, 4.5:1).
    const std::pair<QPalette::ColorRole, QPalette::ColorRole> pairs[] = {
        {QPalette::WindowText, QPalette::Window},
        {QPalette::Text, QPalette::Base},
        {QPalette::Text, QPalette::AlternateBase},
        {QPalette::ButtonText, QPalette::Button},
        {QPalette::HighlightedText, QPalette::Highlight},
        {QPalette::ToolTipText, QPalette::ToolTipBase},
        {QPalette::Link, QPalette::Base},
        {QPalette::PlaceholderText, QPalette::Base},
    };
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        for (const auto &[fg, bg] : pairs) {
            const double k = Accents::contrast(p.color(group, fg), p.color(group, bg));
            QVERIFY2(k >= 4.5, qPrintable(QStringLiteral("group %1, role %2 on %3: %4:1")
                                              .arg(int(group))
                                              .arg(int(fg))
                                              .arg(int(bg))
                                              .arg(k)));
        }
    }
    // The disabled group differs, so greyed-out widgets look greyed out.
    QVERIFY(p.color(QPalette::Disabled, QPalette::Text) !=
            p.color(QPalette::Active, QPalette::Text));
    QVERIFY(p.color(QPalette::Disabled, QPalette::Highlight) !=
            p.color(QPalette::Active, QPalette::Highlight));
    // The accents read on the window of this palette.
    QVERIFY(Accents::contrast(Accents::critical(p), p.color(QPalette::Window)) >= 3.0);
    QVERIFY(Accents::contrast(Accents::warning(p), p.color(QPalette::Window)) >= 3.0);

    Theme::apply(mode);
    QCOMPARE(QApplication::palette().color(QPalette::Window), p.color(QPalette::Window));
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    QCOMPARE(Theme::current(), mode);
}

void TestTheme::systemComesBack()
{
    Theme::apply(Theme::Mode::Dark);
    QVERIFY(QApplication::palette().color(QPalette::Window) != m_systemWindow ||
            Accents::isDark(QApplication::palette()));
    Theme::apply(Theme::Mode::System);
    QCOMPARE(QApplication::palette().color(QPalette::Window), m_systemWindow);
}

void TestTheme::chartFollows()
{
    Theme::apply(Theme::Mode::Light);
    QStandardItemModel model(6, 3);
    for (int r = 0; r < 6; ++r) {
        model.setData(model.index(r, 0), qint64(1'700'000'000'000) + r * 1000, Qt::UserRole);
        model.setData(model.index(r, 1), double(r * r), Qt::UserRole + 1);
        model.setData(model.index(r, 2), double(10 - r), Qt::UserRole + 1);
    }
    QWidget host;
    auto *layout = new QVBoxLayout(&host);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *chart = new ChartWidget(ChartWidget::Kind::TimeSeries);
    layout->addWidget(chart);
    ChartWidget::TimeRoles roles;
    roles.time = Qt::UserRole;
    roles.value = Qt::UserRole + 1;
    chart->setTimeSeries(
        &model,
        {{1, QStringLiteral("a"), false, true, {}}, {2, QStringLiteral("b"), false, true, {}}},
        roles);
    host.resize(420, 260);
    host.show();
    QVERIFY(QTest::qWaitForWindowExposed(&host));
    auto *view = chart->findChild<QChartView *>();
    QVERIFY(view);
    QChart *c = view->chart();
    QVERIFY(!c->axes().isEmpty());

    auto check = [&](Theme::Mode mode) {
        const QPalette p = Theme::palette(mode);
        const QColor text = p.color(QPalette::WindowText);
        QTRY_COMPARE(c->axes().first()->labelsBrush().color(), text);
        for (QAbstractAxis *a : c->axes()) {
            QCOMPARE(a->labelsBrush().color(), text);
            QCOMPARE(a->gridLineColor().rgb(), text.rgb()); // the grid is the text colour, faint
        }
        QCOMPARE(c->legend()->labelColor(), text);
        QCOMPARE(c->backgroundBrush().color(), p.color(QPalette::Window));
        QCOMPARE(c->titleBrush().color(), text);
        // Lines take the palette's series colours.
        const QList<QAbstractSeries *> series = c->series();
        QList<QColor> lines;
        for (QAbstractSeries *s : series) {
            if (auto *l = qobject_cast<QLineSeries *>(s))
                lines.append(l->pen().color());
        }
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0), Accents::series(0, p));
        QCOMPARE(lines.at(1), Accents::series(1, p));
        // What shows behind the chart is the window colour of the theme.
        const QImage shot = host.grab().toImage();
        QCOMPARE(shot.pixelColor(2, 2).rgb(), p.color(QPalette::Window).rgb());
    };
    check(Theme::Mode::Light);
    Theme::apply(Theme::Mode::Dark);
    QVERIFY(Accents::isDark(QApplication::palette()));
    check(Theme::Mode::Dark);
    Theme::apply(Theme::Mode::Light);
    check(Theme::Mode::Light);
}

void TestTheme::seriesColours()
{
    for (Theme::Mode mode : {Theme::Mode::Light, Theme::Mode::Dark}) {
        const QPalette p = Theme::palette(mode);
        const QColor base = p.color(QPalette::Base);
        QSet<QRgb> seen;
        for (int i = 0; i < 2 * Accents::SeriesColours; ++i) {
            const QColor c = Accents::series(i, p);
            seen.insert(c.rgb());
            if (i < Accents::SeriesColours) // the palette's own colours stand out from the chart's
                                            // ground
                QVERIFY2(Accents::contrast(c, base) >= 1.9,
                         qPrintable(QStringLiteral("%1 on %2").arg(c.name(), base.name())));
        }
        QCOMPARE(seen.size(), 2 * Accents::SeriesColours); // no two series alike until 16
    }
}

// A details window's HTML, shown before a switch, takes the new theme's link colour.
void TestTheme::htmlLinks()
{
    Theme::apply(Theme::Mode::Light);
    QTextBrowser browser;
    browser.setHtml(
        QStringLiteral("<p>Owner: <a href=\"beamtop:pid/0.1.0\">&lt;0.1.0&gt;</a> and text</p>"));
    browser.show();
    auto linkColour = [&] {
        QTextCursor c(browser.document());
        c.setPosition(10); // inside the link
        return c.charFormat().isAnchor() ? c.charFormat().foreground().color() : QColor();
    };
    QCOMPARE(linkColour(), Theme::palette(Theme::Mode::Light).color(QPalette::Link));
    Theme::apply(Theme::Mode::Dark);
    QCOMPARE(linkColour(), Theme::palette(Theme::Mode::Dark).color(QPalette::Link));
    // The plain text around it still follows the palette (it has no colour of its own).
    QTextCursor plain(browser.document());
    plain.setPosition(3);
    QVERIFY(!plain.charFormat().hasProperty(QTextFormat::ForegroundBrush));
    Theme::apply(Theme::Mode::Light);
    QCOMPARE(linkColour(), Theme::palette(Theme::Mode::Light).color(QPalette::Link));
}

void TestTheme::barText_data()
{
    QTest::addColumn<Theme::Mode>("mode");
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("level");
    for (Theme::Mode mode : {Theme::Mode::System, Theme::Mode::Light, Theme::Mode::Dark}) {
        for (double v : {0.08, 0.35, 0.62, 0.97}) {
            for (auto level : {RowTableModel::Level::Normal, RowTableModel::Level::Warning,
                               RowTableModel::Level::Critical}) {
                QTest::addRow("%s %.2f level %d", qPrintable(Theme::key(mode)), v, int(level))
                    << mode << v << int(level);
            }
        }
    }
}

// The usage bar's text, drawn over the fill and over the empty track, contrasts with each.
void TestTheme::barText()
{
    QFETCH(Theme::Mode, mode);
    QFETCH(double, value);
    QFETCH(int, level);
    Theme::apply(mode);
    const QPalette pal = QApplication::palette();

    QStandardItemModel model(1, 1);
    const QModelIndex index = model.index(0, 0);
    // Long enough to span the fill's edge for the middle values.
    model.setData(index, QStringLiteral("%1 % of 8 GiB").arg(int(value * 100)), Qt::DisplayRole);
    model.setData(index, value, RowTableModel::UsageRole);
    model.setData(index, level, RowTableModel::LevelRole);

    UsageBarDelegate delegate;
    QStyleOptionViewItem option;
    option.rect = QRect(0, 0, 200, 30);
    option.palette = pal;
    option.state = QStyle::State_Enabled | QStyle::State_Active;
    QFont font = QApplication::font();
    font.setPixelSize(18);
    font.setBold(true); // thick strokes: their core pixels carry the text colour unblended
    option.font = font;
    model.setData(index, font, Qt::FontRole);

    QImage image(option.rect.size(), QImage::Format_RGB32);
    image.fill(pal.color(QPalette::Base));
    {
        QPainter painter(&image);
        delegate.paint(&painter, option, index);
    }

    QColor fill = pal.color(QPalette::Highlight);
    if (level == int(RowTableModel::Level::Warning))
        fill = Accents::warning(pal);
    else if (level == int(RowTableModel::Level::Critical))
        fill = Accents::critical(pal);
    const QRect track = option.rect.adjusted(3, 3, -3, -3);
    const int barRight = track.left() + int(track.width() * value + 0.5) - 1;
    // Inside the fill and inside the empty track, a little away from the edges and the border.
    const QRect onFill(track.left() + 2, track.top() + 2, barRight - track.left() - 3,
                       track.height() - 4);
    const QRect onTrack(barRight + 2, track.top() + 2, track.right() - barRight - 4,
                        track.height() - 4);
    const QRect textBox =
        QFontMetrics(font).boundingRect(track, Qt::AlignCenter, index.data().toString());

    if (onFill.intersects(textBox)) {
        QCOMPARE(image.pixelColor(onFill.topLeft()).rgb(), fill.rgb()); // the fill is where we look
        const QColor text = mostContrasting(image, onFill.intersected(textBox), fill);
        const double k = Accents::contrast(text, fill);
        QVERIFY2(
            k >= 4.5,
            qPrintable(
                QStringLiteral("text %1 on fill %2: %3:1").arg(text.name(), fill.name()).arg(k)));
    }
    if (onTrack.width() > 4 && onTrack.intersects(textBox)) {
        const QColor base = pal.color(QPalette::Base);
        const QColor text = mostContrasting(image, onTrack.intersected(textBox), base);
        const double k = Accents::contrast(text, base);
        QVERIFY2(
            k >= 4.5,
            qPrintable(
                QStringLiteral("text %1 on track %2: %3:1").arg(text.name(), base.name()).arg(k)));
    }
    QVERIFY(onFill.intersects(textBox) || onTrack.intersects(textBox));
}

void TestTheme::schedulerBarText_data()
{
    QTest::addColumn<Theme::Mode>("mode");
    QTest::addColumn<double>("value");
    for (Theme::Mode mode : {Theme::Mode::System, Theme::Mode::Light, Theme::Mode::Dark}) {
        for (double v : {0.12, 0.5, 0.9})
            QTest::addRow("%s %.2f", qPrintable(Theme::key(mode)), v) << mode << v;
    }
}

// The Load page's scheduler bars: the share written on a bar reads on the fill and on the
// empty part alike.
void TestTheme::schedulerBarText()
{
    QFETCH(Theme::Mode, mode);
    QFETCH(double, value);
    Theme::apply(mode);
    SchedulerSample sample;
    sample.schedulers = sample.schedulersOnline = 1;
    sample.wallTimeAvailable = sample.hasUtilization = true;
    sample.intervalS = 1;
    SchedulerSample::Scheduler one;
    one.id = one.index = 1;
    one.utilization = value;
    sample.items.append(one);
    SchedulerModel model;
    SchedulerBars bars;
    bars.setModel(&model);
    model.setSample(sample);
    QFont font = bars.font();
    font.setPixelSize(22); // drawn at 85 %: strokes thick enough for unblended core pixels
    font.setBold(true);
    bars.setFont(font);
    bars.resize(400, bars.heightForWidth(400));
    bars.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bars));
    const QPalette pal = QApplication::palette();
    QTRY_COMPARE(bars.palette().color(QPalette::Base), pal.color(QPalette::Base));
    const QImage image = bars.grab().toImage().convertToFormat(QImage::Format_RGB32);
    const QColor fill = pal.color(QPalette::Highlight), base = pal.color(QPalette::Base);

    // The fill: the pixels of the highlight colour; the track: the base colour above it.
    QRect filled;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixelColor(x, y).rgb() == fill.rgb())
                filled |= QRect(x, y, 1, 1);
        }
    }
    QVERIFY(filled.width() > 100);
    // Text sits at the bottom of a bar more than half full, else at its top over the track.
    const QRect fillArea = filled.adjusted(2, 1, -2, -1);
    const QRect trackArea(filled.left() + 2, 2, filled.width() - 4, filled.top() - 4);
    if (value > 0.5) {
        const QColor text = mostContrasting(image, fillArea, fill);
        QVERIFY2(Accents::contrast(text, fill) >= 4.5,
                 qPrintable(text.name() + QLatin1String(" on ") + fill.name()));
    } else {
        const QColor text = mostContrasting(image, trackArea, base);
        QVERIFY2(Accents::contrast(text, base) >= 4.5,
                 qPrintable(text.name() + QLatin1String(" on ") + base.name()));
        // The text stays clear of the fill.
        QCOMPARE(mostContrasting(image, fillArea, fill).rgb(), fill.rgb());
    }
}

void TestTheme::pageIcons()
{
    const auto &pages = PageRegistry::pages();
    for (Theme::Mode mode : {Theme::Mode::Light, Theme::Mode::Dark}) {
        Theme::apply(mode);
        const QColor text = QApplication::palette().color(QPalette::Text);
        QVector<QImage> images;
        for (const PageInfo &info : pages) {
            const QIcon icon = info.icon();
            QVERIFY2(!icon.isNull(), info.id);
            // At device pixel ratio 2 the glyph is drawn at 48 px, not a 24 px image scaled up.
            const QPixmap pm = icon.pixmap(QSize(24, 24), 2.0);
            QCOMPARE(pm.size(), QSize(48, 48));
            QCOMPARE(pm.devicePixelRatio(), 2.0);
            const QImage image = pm.toImage().convertToFormat(QImage::Format_ARGB32);
            // Crisp strokes have fully covered pixels; a scaled-up 24 px image would be blurred.
            QVERIFY2(opaquePixels(image) >= 60, info.id);
            // Drawn in the text colour of the theme.
            const QRect all(QPoint(0, 0), image.size());
            QColor ink;
            for (int y = 0; y < image.height() && !ink.isValid(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    if (qAlpha(image.pixel(x, y)) == 255) {
                        ink = image.pixelColor(x, y);
                        break;
                    }
                }
            }
            QVERIFY(all.isValid());
            QCOMPARE(ink.rgb(), text.rgb());
            // Selected (the page list's current page) is drawn for the selection colour.
            const QImage selected = icon.pixmap(QSize(24, 24), 2.0, QIcon::Selected)
                                        .toImage()
                                        .convertToFormat(QImage::Format_ARGB32);
            QCOMPARE(opaquePixels(selected), opaquePixels(image));
            for (int y = 0; y < selected.height(); ++y) {
                for (int x = 0; x < selected.width(); ++x) {
                    if (qAlpha(selected.pixel(x, y)) == 255)
                        QCOMPARE(selected.pixelColor(x, y).rgb(),
                                 QApplication::palette().color(QPalette::HighlightedText).rgb());
                }
            }
            for (int j = 0; j < images.size(); ++j)
                QVERIFY2(images.at(j) != image, qPrintable(QStringLiteral("%1 looks like page %2")
                                                               .arg(QLatin1String(info.id))
                                                               .arg(j)));
            images.append(image);
        }
    }
}

void TestTheme::menuAndSetting()
{
    Theme::apply(Theme::Mode::System);
    MainWindow first, second;
    first.show();
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    auto themeAction = [](MainWindow &w, const QString &key) {
        return w.findChild<QAction *>(QStringLiteral("theme-") + key);
    };
    for (const QString &key :
         {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")}) {
        QVERIFY2(themeAction(first, key), qPrintable(key));
        QVERIFY(themeAction(first, key)->isCheckable());
    }
    QVERIFY(themeAction(first, QStringLiteral("system"))->isChecked());

    // The page list shows each page's own icon.
    auto *list = first.findChild<QListWidget *>(QStringLiteral("pageList"));
    QVERIFY(list);
    QCOMPARE(list->count(), int(PageRegistry::pages().size()));
    QSet<QByteArray> icons;
    for (int i = 0; i < list->count(); ++i) {
        const QImage image = list->item(i)->icon().pixmap(QSize(22, 22), 2.0).toImage();
        icons.insert(QByteArray(reinterpret_cast<const char *>(image.constBits()),
                                int(image.sizeInBytes())));
    }
    QCOMPARE(icons.size(), list->count());

    themeAction(first, QStringLiteral("dark"))->trigger();
    QVERIFY(Accents::isDark(QApplication::palette()));
    // Every window follows (the widgets hear of it through a posted event).
    QTRY_VERIFY(Accents::isDark(first.palette()));
    QTRY_VERIFY(Accents::isDark(second.palette()));
    QVERIFY(themeAction(second, QStringLiteral("dark"))->isChecked());
    QVERIFY(!themeAction(second, QStringLiteral("system"))->isChecked());
    QCOMPARE(QSettings().value(QLatin1String(Theme::SettingKey)).toString(),
             QStringLiteral("dark"));

    // The next start: the platform's look first, then the saved theme.
    Theme::apply(Theme::Mode::System);
    QVERIFY(!Accents::isDark(QApplication::palette()) ||
            Accents::isDark(Theme::palette(Theme::Mode::System)));
    QSettings().sync();
    QCOMPARE(Theme::saved(), Theme::Mode::Dark);
    Theme::applySaved();
    QCOMPARE(Theme::current(), Theme::Mode::Dark);
    QVERIFY(Accents::isDark(QApplication::palette()));

    themeAction(second, QStringLiteral("light"))->trigger();
    QCOMPARE(Theme::saved(), Theme::Mode::Light);
    QVERIFY(themeAction(first, QStringLiteral("light"))->isChecked());
    QTRY_VERIFY(!Accents::isDark(first.palette()));
}

void TestTheme::cleanupTestCase()
{
    Theme::apply(Theme::Mode::System);
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
