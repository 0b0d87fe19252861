// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <vector>

class QTranslator;

namespace gattscope {

// The language of the user interface: which translation catalogs are installed in the
// application. Catalogs are Qt resources (:/i18n/gattscope_<lang>.qm for ui/ and app/gui,
// :/i18n/libgattscope_<lang>.qm for the library's messages) plus Qt's own qtbase_<lang>.qm
// from QLibraryInfo::TranslationsPath (standard dialogs and buttons).
//
// Notes for implementers (of widgets):
// - Installing or removing a translator makes Qt send QEvent::LanguageChange to every
//   widget. A widget with visible text re-sets it in changeEvent() (a retranslateUi()
//   that the constructor calls too); a model emits headerDataChanged()/dataChanged() for
//   the text it computes. Nothing else is needed: no widget talks to this class.
// - English is the source language, but gattscope_en.qm is installed too: it holds the
//   English plural forms of the %n strings.
// - Only the GUI thread calls this class.
//
// The choice is a language code ("de", "zh_CN", …) or empty for "follow the system"
// (QLocale::system().uiLanguages(), i.e. LANGUAGE, LC_ALL, LC_MESSAGES, LANG on Unix); a
// system language without a catalog falls back to English. The choice is remembered in
// QSettings under ui/language.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    struct Language
    {
        QString code; // QLocale name: "en", "de", "zh_CN"
        QString nativeName; // as its speakers write it: "Deutsch", "日本語"
    };

    // The one manager of the application, created on first use as a child of
    // QCoreApplication (like the application's translators themselves).
    static LanguageManager *instance();
    ~LanguageManager() override;

    // The languages with a catalog, English first.
    static QList<Language> languages();
    static bool isSupported(const QString &code);

    // Installs the catalogs for `code` ("" = the system's language). False, and nothing
    // changes, when `code` is neither empty nor supported. Remembers the choice in QSettings
    // when `remember` is set. Emits languageChanged() when the effective language changed.
    bool setLanguage(const QString &code, bool remember = true);
    // Start-up: `code` from the command line if not empty (not remembered), else the choice
    // saved in QSettings (an unknown saved value means the system language).
    bool applyStartupLanguage(const QString &code = {});

    QString language() const { return m_choice; } // "" = the system's
    QString effectiveLanguage() const { return m_effective; } // always a supported code
    // The supported language the system asks for, or "en".
    static QString systemLanguage();

Q_SIGNALS:
    void languageChanged(const QString &effectiveCode);

private:
    explicit LanguageManager(QObject *parent);
    void install(const QString &code);

    QString m_choice;
    QString m_effective;
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};

} // namespace gattscope
