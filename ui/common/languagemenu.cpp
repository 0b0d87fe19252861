// SPDX-License-Identifier: MIT
#include "languagemenu.h"

#include "languagemanager.h"

#include <QActionGroup>
#include <QEvent>

namespace gattscope {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    LanguageManager *manager = LanguageManager::instance();
    m_system = addAction(QString());
    m_system->setData(QString());
    addSeparator();
    for (const LanguageManager::Language &language : LanguageManager::languages()) {
        QAction *action = addAction(language.nativeName);
        action->setData(language.code);
    }
    for (QAction *action : actions()) {
        if (action->isSeparator())
            continue;
        action->setCheckable(true);
        m_group->addAction(action);
    }
    connect(m_group, &QActionGroup::triggered, manager,
            [manager](QAction *action) { manager->setLanguage(action->data().toString()); });
    connect(manager, &LanguageManager::languageChanged, this, &LanguageMenu::updateChecks);
    retranslateUi();
    updateChecks();
}

QAction *LanguageMenu::actionFor(const QString &code) const
{
    const QList<QAction *> all = m_group->actions();
    const auto found
        = std::find_if(all.cbegin(), all.cend(), [&](QAction *a) { return a->data().toString() == code; });
    return found == all.cend() ? nullptr : *found;
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslateUi()
{
    setTitle(tr("&Language"));
    const QString system = LanguageManager::systemLanguage();
    QString name;
    for (const LanguageManager::Language &language : LanguageManager::languages()) {
        if (language.code == system)
            name = language.nativeName;
    }
    //: View → Language: follow the desktop's language; %1 is that language's own name.
    m_system->setText(tr("&System (%1)").arg(name));
}

void LanguageMenu::updateChecks()
{
    if (QAction *action = actionFor(LanguageManager::instance()->language()))
        action->setChecked(true);
}

} // namespace gattscope
