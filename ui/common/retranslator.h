// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

#include <functional>
#include <vector>

class QWidget;

namespace gattscope {

// Keeps the texts a widget sets on itself and its children current across a live language
// switch (View → Language): each bound function runs once at once and again after every
// switch, for as long as the widget lives. Put the tr() calls in the function, next to the
// widgets they name:
//
//     QMenu *file = menuBar()->addMenu(QString());
//     Retranslator::bind(this, [file] { file->setTitle(tr("&File")); });
//
// Notes for implementers: a Retranslator is a hidden child QObject of `owner`. QWidget
// passes QEvent::LanguageChange on to all its children, so the bound functions run on the
// GUI thread when the owner's changeEvent() does (after the new translators are installed),
// whether or not the owner is shown; nothing to forward by hand. A bound function must only
// touch objects that live at least as long as `owner` (its children, usually).
class Retranslator : public QObject
{
    Q_OBJECT

public:
    static void bind(QWidget *owner, std::function<void()> apply);

protected:
    bool event(QEvent *event) override;

private:
    explicit Retranslator(QWidget *owner);

    std::vector<std::function<void()>> m_texts;
};

} // namespace gattscope
