// SPDX-License-Identifier: MIT
#include "rssiplotwindow.h"

#include <gattscope/core/series/notificationhub.h>
#include <gattscope/core/series/streamdecoder.h>
#include <gattscope/ui/plot/plotpanel.h>

#include <QDateTime>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace gattscope {

namespace {
constexpr qint8 NoRssi = 127; // Advertisement::rssi when the backend has none
// RSSI values are one byte and a report or two a second per device: a small budget holds
// hours of them.
constexpr qint64 RssiMemoryBudget = 4LL * 1024 * 1024;
} // namespace

RssiPlotWindow::RssiPlotWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_hub(new NotificationHub(this))
    , m_panel(new PlotPanel(m_hub, this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("rssiPlotWindow"));
    m_hub->setMemoryBudget(RssiMemoryBudget);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_note->setObjectName(QStringLiteral("rssiNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    layout->addWidget(m_note);
    layout->addWidget(m_panel, 1);
    resize(900, 480);
    retranslateUi();
}

RssiPlotWindow::~RssiPlotWindow() = default;

void RssiPlotWindow::addDevice(const DeviceAddress &address, const QString &name)
{
    if (m_streams.contains(address))
        return;
    const Result<DecoderSpec> spec
        = DecoderSpec::forLayout(u"<b", 1.0, 0.0, QStringLiteral("dBm"), { tr("RSSI") });
    if (!spec.ok())
        return; // a constant layout: cannot fail
    const QString label = name.isEmpty() ? address.toString() : tr("%1 (%2)").arg(name, address.toString());
    m_labels.insert(address, label);
    m_streams.insert(address, m_panel->addStream(StreamKey { address, RssiHandle }, label, spec.value()));
    updateNote();
}

void RssiPlotWindow::addAdvertisements(const QList<Advertisement> &batch)
{
    if (m_streams.isEmpty())
        return;
    QHash<DeviceAddress, QList<Notification>> samples;
    bool noteChanged = false;
    const qint64 now = QDateTime::currentMSecsSinceEpoch() * 1000;
    for (const Advertisement &a : batch) {
        if (!m_streams.contains(a.address))
            continue;
        if (a.rssi == NoRssi) {
            if (!m_withoutRssi.contains(a.address)) {
                m_withoutRssi.insert(a.address);
                noteChanged = true;
            }
            continue;
        }
        if (m_withoutRssi.remove(a.address))
            noteChanged = true;
        Notification n;
        n.handle = RssiHandle;
        n.value = QByteArray(1, char(a.rssi));
        n.timestampUs = a.timestampUs > 0 ? a.timestampUs : now;
        samples[a.address].append(n);
    }
    for (auto it = samples.cbegin(); it != samples.cend(); ++it)
        m_hub->addBatch(it.key(), it.value());
    if (noteChanged)
        updateNote();
}

void RssiPlotWindow::updateNote()
{
    QStringList names;
    for (const DeviceAddress &address : std::as_const(m_withoutRssi))
        names << m_labels.value(address, address.toString());
    names.sort();
    m_note->setVisible(!names.isEmpty());
    m_note->setText(names.isEmpty() ? QString()
                                    : tr("No RSSI in the reports of %1: the backend does not report it, "
                                         "so nothing is plotted for them.")
                                          .arg(names.join(QStringLiteral(", "))));
}

void RssiPlotWindow::retranslateUi()
{
    setWindowTitle(tr("RSSI over time"));
    updateNote();
}

void RssiPlotWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace gattscope
