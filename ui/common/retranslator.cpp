// SPDX-License-Identifier: MIT
#include "retranslator.h"

#include <QEvent>
#include <QWidget>

namespace gattscope {

Retranslator::Retranslator(QWidget *owner)
    : QObject(owner)
{
    setObjectName(QStringLiteral("gattscope_retranslator"));
}

void Retranslator::bind(QWidget *owner, std::function<void()> apply)
{
    auto *self = owner->findChild<Retranslator *>(QString(), Qt::FindDirectChildrenOnly);
    if (!self)
        self = new Retranslator(owner);
    apply();
    self->m_texts.push_back(std::move(apply));
}

bool Retranslator::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        for (const std::function<void()> &apply : m_texts)
            apply();
        return true;
    }
    return QObject::event(event);
}

} // namespace gattscope
