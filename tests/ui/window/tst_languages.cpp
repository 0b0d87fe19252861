// SPDX-License-Identifier: MIT
// The translations as a user meets them: every catalog loads, View → Language switches the
// whole explorer live (menus, actions, tab and dock titles, headers, panels), no text stays
// English where its language has a translation, and no text is drawn with a missing glyph
// (tofu) — the CJK languages need a CJK font (fonts-noto-cjk). One screenshot per language
// goes to $GATTSCOPE_SCREENSHOT_DIR (default: screenshots/ beside the test).
#include "support/demosession.h"

#include <gattscope/app/gui/appcatalog.h>
#include <gattscope/ui/common/languagemanager.h>
#include <gattscope/ui/common/languagemenu.h>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QGlyphRun>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTextDocument>
#include <QTextLayout>
#include <QXmlStreamReader>

using namespace gattscope;
using namespace gattscope::test;

namespace {

// One piece of text the user sees, with the font it is drawn in and where it is.
struct ShownText
{
    QString where;
    QString text;
    QFont font;
};

QString plain(const QString &text)
{
    QString out = Qt::mightBeRichText(text) ? [&] {
        QTextDocument doc;
        doc.setHtml(text);
        return doc.toPlainText();
    }()
                                            : text;
    out.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    out.remove(u'&');
    out.replace(u'\x01', u'&');
    return out;
}

void addMenu(QList<ShownText> &out, const QString &where, QMenu *menu)
{
    out.append({ where, menu->title(), menu->font() });
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (action->menu())
            addMenu(out, where + u'/' + menu->title(), action->menu());
        else if (!action->text().isEmpty())
            out.append({ where + u'/' + menu->title(), action->text(), menu->font() });
    }
}

// The texts of the visible widgets of `window` and of its menus (shown or not).
QList<ShownText> shownTexts(QMainWindow *window)
{
    QList<ShownText> out;
    out.append({ QStringLiteral("window title"), window->windowTitle(), window->font() });
    for (QAction *action : window->menuBar()->actions()) {
        if (action->menu())
            addMenu(out, QStringLiteral("menu bar"), action->menu());
    }
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (!w->isVisible())
            continue;
        const QString where = QString::fromLatin1(w->metaObject()->className()) + u' '
            + (w->objectName().isEmpty() ? QString() : w->objectName());
        if (auto *label = qobject_cast<QLabel *>(w))
            out.append({ where, label->text(), label->font() });
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            out.append({ where, button->text(), button->font() });
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            out.append({ where, edit->placeholderText(), edit->font() });
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            out.append({ where, group->title(), group->font() });
        else if (auto *dock = qobject_cast<QDockWidget *>(w))
            out.append({ where, dock->windowTitle(), dock->font() });
        else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                out.append({ where, combo->itemText(i), combo->font() });
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                out.append({ where, tabs->tabText(i), tabs->font() });
        } else if (auto *header = qobject_cast<QHeaderView *>(w); header && header->model()) {
            for (int i = 0; i < header->count(); ++i) {
                if (!header->isSectionHidden(i))
                    out.append({ where, header->model()->headerData(i, header->orientation()).toString(),
                                 header->font() });
            }
        }
    }
    const QString status = window->statusBar()->currentMessage();
    out.append({ QStringLiteral("status bar"), status, window->statusBar()->font() });
    for (ShownText &t : out)
        t.text = plain(t.text).trimmed();
    out.removeIf([](const ShownText &t) { return t.text.isEmpty(); });
    return out;
}

// Buttons narrower than their text needs (QToolButton elides: "Sc…en") and menu-bar menus
// pushed into the extension (»), after the layouts have had their turn.
QStringList clipped(QMainWindow *window)
{
    QStringList out;
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>()) {
        if (b->isVisible() && !b->text().isEmpty() && b->width() < b->sizeHint().width())
            out << QStringLiteral("%1 \"%2\": %3 < %4 px")
                       .arg(QString::fromLatin1(b->metaObject()->className()), b->text())
                       .arg(b->width())
                       .arg(b->sizeHint().width());
    }
    QMenuBar *bar = window->menuBar();
    for (QAction *a : bar->actions()) {
        const QRect r = bar->actionGeometry(a);
        if (r.isEmpty() || !bar->rect().contains(r))
            out << QStringLiteral("menu bar \"%1\" not shown").arg(a->text());
    }
    return out;
}

// The characters of `text` that would be drawn as the .notdef box (glyph index 0) in
// `font`, Qt's own font fallback included. Laid out one character at a time: Qt 6.4's
// QGlyphRun does not map glyphs back to characters.
QString missingGlyphs(const QString &text, const QFont &font)
{
    QString missing;
    for (const uint ucs4 : text.toUcs4()) {
        const QString character = QString::fromUcs4(reinterpret_cast<const char32_t *>(&ucs4), 1);
        if (character.trimmed().isEmpty() || missing.contains(character))
            continue;
        QTextLayout layout(character, font);
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
        const QList<QGlyphRun> runs = layout.glyphRuns();
        const bool tofu = runs.isEmpty() || std::any_of(runs.cbegin(), runs.cend(), [](const QGlyphRun &run) {
                              return run.glyphIndexes().contains(0u);
                          });
        if (tofu)
            missing += character;
    }
    return missing;
}

// source text → its translation, from translations/gattscope_<code>.ts (finished entries
// that are not plural forms).
QHash<QString, QString> catalog(const QString &code)
{
    QHash<QString, QString> out;
    QFile file(QStringLiteral(GATTSCOPE_TRANSLATIONS_DIR "/gattscope_%1.ts").arg(code));
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString source;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation") && !numerus) {
            const bool unfinished = xml.attributes().hasAttribute(QLatin1String("type"));
            const QString translation = xml.readElementText();
            if (!unfinished && !translation.isEmpty())
                out.insert(plain(source).trimmed(), plain(translation).trimmed());
        }
    }
    return out;
}

QStringList codes(bool withEnglish)
{
    QStringList out;
    for (const LanguageManager::Language &l : LanguageManager::languages()) {
        if (withEnglish || l.code != QLatin1String("en"))
            out << l.code;
    }
    return out;
}

} // namespace

class TestLanguages : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    QStringList m_englishMenus;

    LanguageMenu *languageMenu() const { return m_window->findChild<LanguageMenu *>(); }

    void switchTo(const QString &code)
    {
        QAction *action = languageMenu()->actionFor(code);
        QVERIFY(action);
        action->trigger(); // as the user does: View → Language → …
        QCOMPARE(LanguageManager::instance()->effectiveLanguage(),
                 code.isEmpty() ? LanguageManager::systemLanguage() : code);
        QCoreApplication::processEvents(); // the LanguageChange events are posted
        QVERIFY(action->isChecked());
        // The new texts have other widths: the tool bars, panels and the menu bar lay out
        // again (posted LayoutRequest events) and nothing stays clipped.
        QTRY_VERIFY2(clipped(m_window.get()).isEmpty(), qPrintable(clipped(m_window.get()).join(u'\n')));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_window = std::make_unique<MainWindow>(makeBackendCatalog());
        m_window->resize(1280, 820);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        // The explorer with something in every part: the Demo dongle scanning, a device tab
        // with its tree and value editor.
        QVERIFY(m_window->openBackend(QStringLiteral("demo")).ok());
        QTRY_COMPARE(m_window->backend()->state(), Backend::State::Scanning);
        DeviceTab *tab = connectAndDiscover(m_window.get(), HrmStrap);
        QVERIFY(tab);
        // The heart rate plotted: the plot panel, its statistics and the heart-rate read-out.
        QVERIFY(m_window
                    ->plotCharacteristic(tab, valueHandle(tab, *Uuid::fromString(u"2a37")),
                                         DeviceTab::PlotSource::Notifications)
                    .ok());
        QVERIFY(tab->selectHandle(valueHandle(tab, *Uuid::fromString(u"2a38"))));
        QCoreApplication::processEvents();
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en"), false));
        for (QAction *menu : m_window->menuBar()->actions())
            m_englishMenus << menu->text();
        QVERIFY(shownTexts(m_window.get()).size() > 40);
    }

    void cleanupTestCase()
    {
        LanguageManager::instance()->setLanguage(QStringLiteral("en"), false);
        m_window.reset();
    }

    void everyCatalogLoads_data()
    {
        QTest::addColumn<QString>("code");
        for (const QString &code : codes(true))
            QTest::newRow(qPrintable(code)) << code;
    }
    void everyCatalogLoads()
    {
        QFETCH(QString, code);
        QVERIFY(LanguageManager::instance()->setLanguage(code, false));
        QCOMPARE(LanguageManager::instance()->effectiveLanguage(), code);
        const QString file = QCoreApplication::translate("gattscope::MainWindow", "&File");
        const QString cancel = QCoreApplication::translate("QPlatformTheme", "Cancel"); // Qt's own
        // English plural forms come from gattscope_en.qm too.
        const QString bytes
            = QCoreApplication::translate("gattscope::ScannerPanel", "%n byte(s)", nullptr, 1);
        if (code == QLatin1String("en")) {
            QCOMPARE(file, QStringLiteral("&File"));
            QCOMPARE(bytes, QStringLiteral("1 byte"));
        } else {
            QVERIFY2(file != QLatin1String("&File"), qPrintable(file));
            QVERIFY2(cancel != QLatin1String("Cancel"), "Qt's qtbase_<lang>.qm was not loaded");
            QVERIFY2(!bytes.contains(QLatin1String("(s)")), qPrintable(bytes));
        }
    }

    void unknownLanguageIsRefused()
    {
        QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("de"), false));
        QVERIFY(!LanguageManager::instance()->setLanguage(QStringLiteral("tlh"), false));
        QCOMPARE(LanguageManager::instance()->effectiveLanguage(), QStringLiteral("de"));
    }

    void choiceIsRemembered()
    {
        switchTo(QStringLiteral("fr"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("fr"));
        switchTo(QString()); // System
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QString());
        QVERIFY(LanguageManager::instance()->applyStartupLanguage(QStringLiteral("ja")));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QString()); // not remembered
    }

    void viewMenuSwitchesEverythingLive_data()
    {
        QTest::addColumn<QString>("code");
        for (const QString &code : codes(false))
            QTest::newRow(qPrintable(code)) << code;
    }
    void viewMenuSwitchesEverythingLive()
    {
        QFETCH(QString, code);
        switchTo(QStringLiteral("en"));
        switchTo(code);
        const QHash<QString, QString> translations = catalog(code);
        QVERIFY(translations.size() > 300);
        // With the traffic log in front, then the plots (the two share the bottom dock).
        QStringList english;
        for (QDockWidget *dock :
             { m_window->plotDock(), m_window->findChild<QDockWidget *>(QStringLiteral("logDock")) }) {
            dock->raise();
            QCoreApplication::processEvents();
            for (const ShownText &t : shownTexts(m_window.get())) {
                const auto found = translations.constFind(t.text);
                if (found != translations.cend() && *found != t.text
                    && !english.contains(t.where + QStringLiteral(": ") + t.text))
                    english << t.where + QStringLiteral(": ") + t.text;
            }
        }
        QVERIFY2(english.isEmpty(), qPrintable(english.join(u'\n')));
        // And the menus really changed (a menu bar that never retranslates fails above only
        // for texts the catalog knows; this catches a catalog that does not load).
        int menusChanged = 0;
        const QList<QAction *> menus = m_window->menuBar()->actions();
        for (int i = 0; i < menus.size(); ++i)
            menusChanged += menus[i]->text() != m_englishMenus.value(i) ? 1 : 0;
        QCOMPARE(menusChanged, menus.size());
    }

    void modelsAnnounceNewHeaders()
    {
        switchTo(QStringLiteral("en"));
        QSignalSpy scanner(m_window->scannerModel(), &QAbstractItemModel::headerDataChanged);
        QSignalSpy log(m_window->logModel(), &QAbstractItemModel::headerDataChanged);
        switchTo(QStringLiteral("de"));
        QTRY_VERIFY(!scanner.isEmpty());
        QTRY_VERIFY(!log.isEmpty());
        QCOMPARE(m_window->scannerModel()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name"));
        QCOMPARE(m_window->logModel()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Zeit"));
    }

    void noTofu_data()
    {
        QTest::addColumn<QString>("code");
        for (const QString &code : codes(true))
            QTest::newRow(qPrintable(code)) << code;
    }
    void noTofu()
    {
        QFETCH(QString, code);
        switchTo(code);
        QStringList problems;
        for (const ShownText &t : shownTexts(m_window.get())) {
            const QString missing = missingGlyphs(t.text, t.font);
            if (!missing.isEmpty())
                problems << QStringLiteral("%1: \"%2\" lacks %3 (font %4)")
                                .arg(t.where, t.text, missing, t.font.family());
        }
        const QString dir = qEnvironmentVariable("GATTSCOPE_SCREENSHOT_DIR", QStringLiteral("screenshots"));
        QDir().mkpath(dir);
        QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("mainwindow_%1.png").arg(code))));
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("missing glyphs:\n") + problems.join(u'\n')));
    }
};

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
