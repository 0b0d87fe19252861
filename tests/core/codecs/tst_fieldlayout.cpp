// SPDX-License-Identifier: MIT
#include <gattscope/core/codecs/fieldlayout.h>

#include <QTest>

using namespace gattscope;

namespace {
QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}
FieldLayout layout(const char *format)
{
    const Result<FieldLayout> r = FieldLayout::parse(QString::fromLatin1(format));
    if (!r.ok())
        qFatal("bad layout %s: %s", format, qPrintable(r.error().toString()));
    return r.value();
}
} // namespace

class TestFieldLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("fields");
        QTest::addColumn<bool>("bigEndian");
        QTest::addColumn<QStringList>("names");
        const QStringList xyz { QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z") };
        QTest::newRow("<hhh") << QStringLiteral("<hhh") << 6 << 3 << false << xyz;
        QTest::newRow(">H") << QStringLiteral(">H") << 2 << 1 << true << QStringList { QStringLiteral("f0") };
        QTest::newRow("<f") << QStringLiteral("<f") << 4 << 1 << false
                            << QStringList { QStringLiteral("f0") };
        QTest::newRow("<Bhh") << QStringLiteral("<Bhh") << 5 << 3 << false << xyz;
        QTest::newRow("<I") << QStringLiteral("<I") << 4 << 1 << false
                            << QStringList { QStringLiteral("f0") };
        QTest::newRow("<d") << QStringLiteral("<d") << 8 << 1 << false
                            << QStringList { QStringLiteral("f0") };
        QTest::newRow("<3h") << QStringLiteral("<3h") << 6 << 3 << false << xyz;
        QTest::newRow("<2xh") << QStringLiteral("<2xh") << 4 << 1 << false
                              << QStringList { QStringLiteral("f0") };
        QTest::newRow("no prefix = little") << QStringLiteral("hh") << 4 << 2 << false
                                            << QStringList { QStringLiteral("f0"), QStringLiteral("f1") };
        QTest::newRow("!H network") << QStringLiteral("!H") << 2 << 1 << true
                                    << QStringList { QStringLiteral("f0") };
        QTest::newRow("spaces") << QStringLiteral(" < h h h ") << 6 << 3 << false << xyz;
        QTest::newRow("<10B") << QStringLiteral("<10B") << 10 << 10 << false
                              << QStringList { QStringLiteral("f0"), QStringLiteral("f1"),
                                               QStringLiteral("f2"), QStringLiteral("f3"),
                                               QStringLiteral("f4"), QStringLiteral("f5"),
                                               QStringLiteral("f6"), QStringLiteral("f7"),
                                               QStringLiteral("f8"), QStringLiteral("f9") };
        QTest::newRow("<e?il L") << QStringLiteral("<e?il L") << 15 << 5 << false
                                 << QStringList { QStringLiteral("f0"), QStringLiteral("f1"),
                                                  QStringLiteral("f2"), QStringLiteral("f3"),
                                                  QStringLiteral("f4") };
        QTest::newRow("512 bytes") << QStringLiteral("<64d") << 512 << 64 << false << QStringList {};
    }
    void parse()
    {
        QFETCH(QString, format);
        QFETCH(int, size);
        QFETCH(int, fields);
        QFETCH(bool, bigEndian);
        QFETCH(QStringList, names);
        const Result<FieldLayout> r = FieldLayout::parse(format);
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QCOMPARE(r.value().size(), size);
        QCOMPARE(r.value().fieldCount(), fields);
        QCOMPARE(r.value().byteOrder() == FieldLayout::ByteOrder::BigEndian, bigEndian);
        QCOMPARE(r.value().format(), format.trimmed());
        if (!names.isEmpty())
            QCOMPARE(r.value().names(), names);
    }

    void parseErrors_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("message");
        QTest::newRow("q") << QStringLiteral("<hq") << QStringLiteral("unknown field type 'q' at position 2");
        QTest::newRow("Q after count")
            << QStringLiteral("<2Q") << QStringLiteral("unknown field type 'Q' at position 2");
        QTest::newRow("z") << QStringLiteral("hz") << QStringLiteral("unknown field type 'z' at position 1");
        QTest::newRow("empty") << QString() << QStringLiteral("layout '' has no fields");
        QTest::newRow("order only") << QStringLiteral("<") << QStringLiteral("layout '<' has no fields");
        QTest::newRow("padding only")
            << QStringLiteral("<xx") << QStringLiteral("layout '<xx' has no fields");
        QTest::newRow("dangling count")
            << QStringLiteral("<3")
            << QStringLiteral("repeat count at position 1 is not followed by a field type");
        QTest::newRow("count then space")
            << QStringLiteral("<3 h")
            << QStringLiteral("repeat count at position 1 is not followed by a field type");
        QTest::newRow("zero count") << QStringLiteral("<0h")
                                    << QStringLiteral("repeat count at position 1 must be at least 1");
        QTest::newRow("late order") << QStringLiteral("<h<")
                                    << QStringLiteral("byte order '<' at position 2 must come first");
        QTest::newRow("native") << QStringLiteral("=h")
                                << QStringLiteral(
                                       "byte order '=' (native) is not supported; use '<' (little-endian) or "
                                       "'>' (big-endian)");
        QTest::newRow("huge count") << QStringLiteral("<600B")
                                    << QStringLiteral("repeat count at position 1 is too large");
        QTest::newRow("too long") << QStringLiteral("<65d")
                                  << QStringLiteral("layout is longer than 512 bytes");
    }
    void parseErrors()
    {
        QFETCH(QString, format);
        QFETCH(QString, message);
        const Result<FieldLayout> r = FieldLayout::parse(format);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind(), Error::Kind::InvalidArgument);
        QCOMPARE(r.error().message(), message);
    }

    void decode_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<int>("trailing");
        QTest::newRow("<hhh") << QStringLiteral("<hhh") << hex("01 00 FE FF 03 00")
                              << QList<double> { 1, -2, 3 } << 0;
        QTest::newRow("<3h") << QStringLiteral("<3h") << hex("01 00 FE FF 03 00")
                             << QList<double> { 1, -2, 3 } << 0;
        QTest::newRow(">hhh") << QStringLiteral(">hhh") << hex("00 01 FF FE 00 03")
                              << QList<double> { 1, -2, 3 } << 0;
        QTest::newRow(">H") << QStringLiteral(">H") << hex("12 34") << QList<double> { 4660 } << 0;
        QTest::newRow("<H") << QStringLiteral("<H") << hex("12 34") << QList<double> { 13330 } << 0;
        QTest::newRow("<f") << QStringLiteral("<f") << hex("00 00 C0 3F") << QList<double> { 1.5 } << 0;
        QTest::newRow(">f") << QStringLiteral(">f") << hex("3F C0 00 00") << QList<double> { 1.5 } << 0;
        QTest::newRow("<Bhh") << QStringLiteral("<Bhh") << hex("05 01 00 FF FF") << QList<double> { 5, 1, -1 }
                              << 0;
        QTest::newRow("<I") << QStringLiteral("<I") << hex("FF FF FF FF") << QList<double> { 4294967295.0 }
                            << 0;
        QTest::newRow("<i") << QStringLiteral("<i") << hex("00 00 00 80") << QList<double> { -2147483648.0 }
                            << 0;
        QTest::newRow("<d") << QStringLiteral("<d") << hex("00 00 00 00 00 00 F8 3F") << QList<double> { 1.5 }
                            << 0;
        QTest::newRow(">d") << QStringLiteral(">d") << hex("3F F8 00 00 00 00 00 00") << QList<double> { 1.5 }
                            << 0;
        QTest::newRow("<e") << QStringLiteral("<e") << hex("00 3C") << QList<double> { 1.0 } << 0;
        QTest::newRow("<b") << QStringLiteral("<b") << hex("80") << QList<double> { -128 } << 0;
        QTest::newRow("<?") << QStringLiteral("<?") << hex("05") << QList<double> { 1 } << 0;
        QTest::newRow("<xh pad skipped")
            << QStringLiteral("<xh") << hex("AA 01 00") << QList<double> { 1 } << 0;
        QTest::newRow("trailing") << QStringLiteral("<h") << hex("01 00 FF") << QList<double> { 1 } << 1;
    }
    void decode()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, bytes);
        QFETCH(QList<double>, values);
        QFETCH(int, trailing);
        const FieldLayout l = FieldLayout::parse(format).value();
        const Result<FieldValues> r = l.decode(bytes);
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        QCOMPARE(r.value().values, values);
        QCOMPARE(r.value().trailingBytes, trailing);
        QCOMPARE(r.value().names, l.names());
        // And back: the numbers encode to the same bytes (minus trailing bytes; '?' and
        // pad bytes normalise).
        if (!format.contains(u'?') && !format.contains(u'x')) {
            const Result<QByteArray> back = l.encode(values);
            QVERIFY2(back.ok(), qPrintable(back.error().toString()));
            QCOMPARE(back.value(), bytes.left(l.size()));
        }
    }

    void tooShort()
    {
        const Result<FieldValues> r = layout("<hhh").decode(hex("01 00 02 00 03"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message(), QStringLiteral("layout '<hhh' needs 6 bytes, got 5 bytes"));
        const DecodedValue v = layout("<hhh").decodeValue(hex("01 00 02 00 03"));
        QVERIFY(!v.ok());
        QCOMPARE(v.text, QStringLiteral("01 00 02 00 03"));
        QCOMPARE(v.source, DecodedValue::Source::UserLayout);
        QVERIFY(v.fields.isEmpty());
    }

    void scaleAndOffset()
    {
        FieldLayout l = layout("<h");
        l.setScale(0.01);
        l.setOffset(-40);
        const Result<FieldValues> r = l.decode(hex("10 27")); // 10000
        QVERIFY(r.ok());
        QCOMPARE(r.value().values.first(), 60.0);
        QCOMPARE(l.encode({ 60.0 }).value(), hex("10 27"));
        QVERIFY(l.encode({ 400.0 }).error().message().contains(QStringLiteral("out of range for 'h'")));
        l.setScale(0);
        QVERIFY(!l.encode({ 1.0 }).ok());
    }

    void namesAndText()
    {
        FieldLayout l = layout("<hhh");
        QCOMPARE(l.decodeValue(hex("01 00 FE FF 03 00")).text, QStringLiteral("x: 1, y: -2, z: 3"));
        l.setNames({ QStringLiteral("ax"), QStringLiteral("ay") });
        QCOMPARE(l.names(),
                 (QStringList { QStringLiteral("ax"), QStringLiteral("ay"), QStringLiteral("z") }));
        l.setUnit(QStringLiteral("mg"));
        const DecodedValue v = l.decodeValue(hex("01 00 FE FF 03 00 09"));
        QVERIFY(v.ok());
        QCOMPARE(v.text, QStringLiteral("ax: 1 mg, ay: -2 mg, z: 3 mg"));
        QCOMPARE(v.unit, QStringLiteral("mg"));
        QCOMPARE(v.fields.size(), 3);
        QCOMPARE(v.fields[1].key, QStringLiteral("ay"));
        QCOMPARE(v.fields[1].value, -2.0);
        QCOMPARE(v.fields[1].unit, QStringLiteral("mg"));
        QVERIFY(v.warning.contains(QStringLiteral("1 byte after the layout")));
        QCOMPARE(layout("<f").decodeValue(hex("CD CC CC 3D")).text, QStringLiteral("f0: 0.1"));
    }

    void encodeErrors()
    {
        QVERIFY(layout("<Bhh")
                    .encode({ 256, 0, 0 })
                    .error()
                    .message()
                    .contains(QStringLiteral("x = 256 is out of range")));
        QVERIFY(layout("<hhh").encode({ 1, 2 }).error().message().contains(
            QStringLiteral("has 3 fields (x, y, z), got 2")));
        QVERIFY(!layout("<e").encode({ 70000 }).ok());
        QVERIFY(!layout("<f").encode({ 1e39 }).ok());
        QCOMPARE(layout("<2xh").encode({ 1 }).value(), hex("00 00 01 00"));
        QCOMPARE(layout("<?").encode({ 5 }).value(), hex("01"));
        QCOMPARE(layout("<B").encode({ 2.5 }).value(), hex("03")); // rounds half away from zero
        QVERIFY(!FieldLayout().encode({}).ok());
        QVERIFY(!FieldLayout().decode(hex("00")).ok());
    }

    // What decodeValue() shows at the ends of a float's range reads back to the same bytes:
    // -FLT_MAX shows as -3.4028235e+38, which is beyond FLT_MAX as a double, and a scaled half
    // 65504 × 0.1 divides back to a hair above 65504.
    void floatExtremesRoundTrip_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<double>("scale");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("float32 -max") << QStringLiteral("<f") << 1.0 << hex("FF FF 7F FF");
        QTest::newRow("float32 max") << QStringLiteral("<f") << 1.0 << hex("FF FF 7F 7F");
        QTest::newRow("half max scaled") << QStringLiteral("<e") << 0.1 << hex("FF 7B");
        QTest::newRow("half -max scaled") << QStringLiteral("<e") << 0.1 << hex("FF FB");
    }
    void floatExtremesRoundTrip()
    {
        QFETCH(QString, format);
        QFETCH(double, scale);
        QFETCH(QByteArray, bytes);
        FieldLayout l = layout(format.toLatin1().constData());
        l.setScale(scale);
        const QString shown = l.decodeValue(bytes).text;
        const Result<QByteArray> r = l.encodeText(shown);
        QVERIFY2(r.ok(), qPrintable(shown + QStringLiteral(": ") + r.error().toString()));
        QCOMPARE(r.value(), bytes);
        QVERIFY(!layout(format.toLatin1().constData())
                     .encode({ bytes.size() == 2 ? 65520.0 : 3.4028236e38 })
                     .ok());
    }

    void encodeText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("bytes"); // empty = error
        const QByteArray b = hex("01 00 FE FF 03 00");
        QTest::newRow("commas") << QStringLiteral("1, -2, 3") << b;
        QTest::newRow("spaces") << QStringLiteral("1 -2 3") << b;
        QTest::newRow("semicolons") << QStringLiteral("1;-2;3") << b;
        QTest::newRow("named") << QStringLiteral("x: 1, y: -2, z: 3") << b;
        QTest::newRow("named =") << QStringLiteral("x=1 y=-2 z=3") << b;
        QTest::newRow("with unit") << QStringLiteral("x: 1 mg, y: -2 mg, z: 3 mg") << b;
        QTest::newRow("two values") << QStringLiteral("1, 2") << QByteArray();
        QTest::newRow("word") << QStringLiteral("1, a, 3") << QByteArray();
    }
    void encodeText()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, bytes);
        FieldLayout l = layout("<hhh");
        l.setUnit(QStringLiteral("mg"));
        const Result<QByteArray> r = l.encodeText(text);
        if (bytes.isEmpty()) {
            QVERIFY(!r.ok());
            QCOMPARE(r.error().kind(), Error::Kind::InvalidArgument);
        } else {
            QVERIFY2(r.ok(), qPrintable(r.error().toString()));
            QCOMPARE(r.value(), bytes);
        }
    }
};

QTEST_APPLESS_MAIN(TestFieldLayout)
#include "tst_fieldlayout.moc"
