// SPDX-License-Identifier: MIT
#pragma once

#include <QMenu>

class QActionGroup;

namespace gattscope {

// View → Language: "System" and one entry per supported language, written in that
// language. Choosing one switches the whole interface at once (LanguageManager installs
// the catalogs; every widget retranslates on QEvent::LanguageChange) and remembers it.
// The checked entry follows LanguageManager::languageChanged().
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    // The entry for `code` ("" = System), for tests and for the tool bar.
    QAction *actionFor(const QString &code) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateChecks();

    QActionGroup *m_group;
    QAction *m_system;
};

} // namespace gattscope
