// SPDX-License-Identifier: MIT
#include "heartrateview.h"

#include <gattscope/core/series/seriesrecorder.h>
#include <gattscope/ui/common/retranslator.h>

#include <QGridLayout>
#include <QLabel>
#include <QLocale>

namespace gattscope {

HeartRateView::HeartRateView(const SeriesRecorder *recorder, int streamId, QWidget *parent)
    : QWidget(parent)
    , m_recorder(recorder)
    , m_streamId(streamId)
{
    setObjectName(QStringLiteral("heartRateView"));
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_bpm = new QLabel(QStringLiteral("–"), this);
    m_bpm->setObjectName(QStringLiteral("bpm"));
    QFont big = m_bpm->font();
    big.setPointSizeF(big.pointSizeF() * 3.2);
    big.setBold(true);
    m_bpm->setFont(big);
    m_bpm->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_bpm->setMinimumWidth(m_bpm->fontMetrics().horizontalAdvance(QStringLiteral("888")));
    auto *unit = new QLabel(this);
    m_rr = new QLabel(this);
    m_contact = new QLabel(this);
    m_contact->setObjectName(QStringLiteral("contact"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_title, 0, 0, 1, 2);
    layout->addWidget(m_bpm, 1, 0, 2, 1);
    layout->addWidget(unit, 1, 1, Qt::AlignLeft | Qt::AlignBottom);
    layout->addWidget(m_rr, 2, 1, Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_contact, 3, 0, 1, 2);
    layout->setColumnStretch(1, 1);
    Retranslator::bind(this, [this, unit] {
        unit->setText(tr("bpm"));
        refresh();
    });
}

void HeartRateView::refresh()
{
    const RecordedStream *stream = m_recorder->stream(m_streamId);
    if (!stream)
        return;
    m_title->setText(stream->label);
    // Series 0 is the heart rate, 1 the RR interval (StreamDecoder's heart-rate contract).
    const auto last = [stream](int index) -> std::optional<double> {
        if (size_t(index) >= stream->series.size() || stream->series[size_t(index)]->buffer.isEmpty())
            return std::nullopt;
        return stream->series[size_t(index)]->buffer.last().y;
    };
    const std::optional<double> bpm = last(0);
    m_bpm->setText(bpm ? QLocale().toString(qRound(*bpm)) : QStringLiteral("–"));
    const std::optional<double> rr = last(1);
    m_rr->setText(rr ? tr("RR %1 ms").arg(QLocale().toString(*rr, 'f', 0)) : QString());

    QString text;
    QString color;
    switch (stream->decoder->sensorContact()) {
    case StreamDecoder::Contact::Detected:
        text = tr("Sensor contact");
        color = QStringLiteral("#009E73");
        break;
    case StreamDecoder::Contact::NotDetected:
        text = tr("No sensor contact");
        color = QStringLiteral("#D55E00");
        break;
    case StreamDecoder::Contact::NotSupported:
        text = tr("Contact not reported");
        color = QStringLiteral("#888888");
        break;
    case StreamDecoder::Contact::Unknown:
        text = tr("Waiting for data");
        color = QStringLiteral("#888888");
        break;
    }
    m_contact->setText(
        QStringLiteral("<span style=\"color:%1\">●</span> %2").arg(color, text.toHtmlEscaped()));
}

QString HeartRateView::bpmText() const
{
    return m_bpm->text();
}

QString HeartRateView::contactText() const
{
    return m_contact->text();
}

} // namespace gattscope
