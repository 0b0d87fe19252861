// SPDX-License-Identifier: MIT
#include <gattscope/backends/virtual/profileloader.h>
#include <gattscope/backends/virtual/valuegenerator.h>
#include <gattscope/backends/virtual/virtualgattserver.h>
#include <gattscope/core/gatt/gattdatabase.h>

#include <QTemporaryDir>
#include <QTest>

using namespace gattscope;

namespace {

const VirtualCharacteristic *find(const VirtualGattServer &server, const Uuid &uuid)
{
    for (const VirtualCharacteristic &c : server.characteristics()) {
        if (c.uuid == uuid)
            return &c;
    }
    return nullptr;
}

} // namespace

class TestProfileLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInSet()
    {
        const Result<ProfileSet> set = ProfileLoader::loadBuiltIn();
        QVERIFY2(set.ok(), qPrintable(set.error().message()));
        QCOMPARE(set.value().peripherals.size(), 7);
        int connectable = 0;
        for (const PeripheralProfile &p : set.value().peripherals) {
            QVERIFY(p.advertisingData.size() <= 31);
            QVERIFY(p.scanResponseData.size() <= 31);
            connectable += p.connectable ? 1 : 0;
        }
        QCOMPARE(connectable, 4);
        const Result<ProfileSet> flood = ProfileLoader::loadFile(ProfileLoader::floodProfilePath());
        QVERIFY2(flood.ok(), qPrintable(flood.error().message()));
    }

    void heartRateStrap()
    {
        const Result<ProfileSet> set
            = ProfileLoader::loadFile(QStringLiteral(":/gattscope/profiles/heart-rate.json"));
        QVERIFY(set.ok());
        const PeripheralProfile &p = set.value().peripherals.first();
        QCOMPARE(p.address.toString(), QStringLiteral("C0:98:E5:49:00:01"));
        QVERIFY(p.address.isRandom());
        // flags, complete name, 16-bit service list 180D 180F, appearance 833.
        QCOMPARE(p.advertisingData.toHex(' '),
                 QByteArray("02 01 06 0a 09 48 52 4d 20 53 74 72 61 70 05 03 0d 18 0f 18 "
                            "03 19 41 03"));
        const VirtualGattServer server(p);
        const VirtualCharacteristic *hrm = find(server, Uuid(0x2A37));
        QVERIFY(hrm);
        QCOMPARE(hrm->properties, quint8(0x10));
        QCOMPARE(hrm->cccdHandle, quint16(hrm->valueHandle + 1)); // appended automatically
        QCOMPARE(hrm->generator.kind, GeneratorSpec::Kind::HeartRate);
        QVERIFY(find(server, Uuid(0x2A19)));
        QVERIFY(find(server, Uuid(0x2A29)));
        QCOMPARE(server.attribute(1)->type, GattUuid::PrimaryService); // Generic Access first
    }

    void motionSensorHandles()
    {
        const Result<ProfileSet> set
            = ProfileLoader::loadFile(QStringLiteral(":/gattscope/profiles/motion-sensor.json"));
        QVERIFY(set.ok());
        const PeripheralProfile &p = set.value().peripherals.first();
        QCOMPARE(p.passkey.value_or(0), 123456u);
        const VirtualGattServer server(p);
        const auto uuid = [](const char *s) {
            return *Uuid::fromString(QString::fromLatin1(s));
        };
        const VirtualCharacteristic *accel = find(server, uuid("6a770002-8c3a-4f3e-9e4b-5a2c1d0e9f10"));
        QVERIFY(accel);
        QCOMPARE(accel->generator.rateHz, 100.0);
        const VirtualCharacteristic *tick = find(server, uuid("6a770007-8c3a-4f3e-9e4b-5a2c1d0e9f10"));
        QVERIFY(tick);
        QCOMPARE(tick->cccdHandle, quint16(tick->valueHandle + 2)); // 0x2901 comes first
        QCOMPARE(server.attribute(tick->valueHandle + 1)->type, GattUuid::UserDescription);
        const VirtualCharacteristic *longValue = find(server, uuid("6a770003-8c3a-4f3e-9e4b-5a2c1d0e9f10"));
        QCOMPARE(server.attribute(longValue->valueHandle)->value.size(), 200);
        const VirtualCharacteristic *secret = find(server, uuid("6a770006-8c3a-4f3e-9e4b-5a2c1d0e9f10"));
        QByteArray value;
        VirtualGattServer::ClientState plain;
        QCOMPARE(server.read(secret->valueHandle, plain, &value), quint8(0x05));
        VirtualGattServer::ClientState encrypted;
        encrypted.encrypted = true;
        QCOMPARE(server.read(secret->valueHandle, encrypted, &value), quint8(0));
        QCOMPARE(value, QByteArray("secret-42"));
    }

    void generators()
    {
        GeneratorSpec hr;
        hr.kind = GeneratorSpec::Kind::HeartRate;
        ValueGenerator g(hr, 1);
        int withRr = 0;
        for (int i = 0; i < 60; ++i) {
            const QByteArray v = g.next();
            QVERIFY(v.size() >= 2);
            const quint8 flags = quint8(v[0]);
            QCOMPARE(flags & 0x07, 0x06); // uint8 value, contact supported and detected
            const int bpm = quint8(v[1]);
            QVERIFY(bpm >= 60 && bpm <= 90);
            if (flags & 0x10) {
                ++withRr;
                QCOMPARE((v.size() - 2) % 2, 0);
                const int rr = quint8(v[2]) | quint8(v[3]) << 8; // 1/1024 s
                QVERIFY(rr > 500 && rr < 1300);
            }
        }
        QVERIFY(withRr > 50);

        GeneratorSpec accel;
        accel.kind = GeneratorSpec::Kind::Accelerometer;
        accel.rateHz = 100;
        ValueGenerator a(accel, 2);
        const QByteArray v = a.next();
        QCOMPARE(v.size(), 6);
        const qint16 z = qint16(quint8(v[4]) | quint8(v[5]) << 8);
        QVERIFY(z > 800 && z < 1200); // gravity, in mg

        GeneratorSpec counter;
        counter.kind = GeneratorSpec::Kind::Counter;
        counter.size = 6;
        ValueGenerator c(counter, 3);
        QCOMPARE(c.next().toHex(), QByteArray("000000000405"));
        QCOMPARE(c.next().toHex(), QByteArray("010000000405"));

        // A replay gives its recorded values in order, then again from the first; the next pass
        // starts one mean interval after the last value.
        const Result<ProfileSet> replaySet = ProfileLoader::loadJson(
            R"({"name":"r","address":"C0:00:00:00:00:02","services":[{"uuid":"180D","characteristics":[{"uuid":"2A37",)"
            R"("properties":["notify"],"generator":{"type":"replay","values":[{"atMs":0,"hex":"0601"},{"atMs":400,"hex":"0602"},)"
            R"({"atMs":1000,"hex":"0603"}]}}]}]})",
            QStringLiteral("r.json"));
        QVERIFY2(replaySet.ok(), qPrintable(replaySet.error().message()));
        const GeneratorSpec replay
            = replaySet.value().peripherals.first().services.first().characteristics.first().generator;
        QCOMPARE(replay.kind, GeneratorSpec::Kind::Replay);
        QCOMPARE(replay.replay.size(), 3);
        QCOMPARE(replay.replay.at(1).atMs, 400);
        QVERIFY(replay.loop);
        QCOMPARE(replay.replayPeriodMs(), 1500);
        ValueGenerator r(replay, 4);
        QByteArrayList replayed;
        for (int i = 0; i < 4; ++i)
            replayed << r.next().toHex();
        QCOMPARE(replayed, (QByteArrayList { "0601", "0602", "0603", "0601" }));

        QCOMPARE(ValueGenerator::encode(21.5, ValueFormat::Int16, 100).toHex(), QByteArray("6608"));
        QCOMPARE(ValueGenerator::encode(2.0, ValueFormat::SFloat, 10).toHex(), QByteArray("14f0"));
        QCOMPARE(ValueGenerator::encode(-5, ValueFormat::UInt8, 1).toHex(), QByteArray("00"));
    }

    void brokenProfiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        const QByteArray head = R"({"name":"x","address":"C0:00:00:00:00:01",)";
        QTest::newRow("not json") << QByteArray("{ \"name\": ") << QStringLiteral("t.json: line 1, column");
        QTest::newRow("array at top") << QByteArray("[1]") << QStringLiteral("t.json: expected an object");
        QTest::newRow("nothing") << QByteArray("{}")
                                 << QStringLiteral("t.json: neither \"peripherals\" nor \"faults\" given");
        QTest::newRow("no address") << QByteArray(R"({"peripherals":[{"name":"x"}]})")
                                    << QStringLiteral("t.json: peripherals[0].address: expected a string");
        QTest::newRow("bad address") << QByteArray(R"({"name":"x","address":"nope"})")
                                     << QStringLiteral("t.json: address: not a device address");
        QTest::newRow("bad uuid") << head
                + R"("services":[{"uuid":"180F"},{"uuid":"180D","characteristics":[{"uuid":"2A3Z","properties":["read"]}]}]})"
                                  << QStringLiteral(
                                         "t.json: services[1].characteristics[0].uuid: not a UUID");
        QTest::newRow("unknown key") << head + R"("servces":[]})"
                                     << QStringLiteral("t.json: servces: unknown key");
        QTest::newRow("bad property")
            << head
                + R"("services":[{"uuid":"180F","characteristics":[{"uuid":"2A19","properties":["reed"]}]}]})"
            << QStringLiteral(
                   "t.json: services[0].characteristics[0].properties[0]: unknown property \"reed\"");
        QTest::newRow("bad hex") << head
                + R"("services":[{"uuid":"180F","characteristics":[{"uuid":"2A19","properties":["read"],"hex":"0G"}]}]})"
                                 << QStringLiteral(
                                        "t.json: services[0].characteristics[0].hex: not hex data");
        QTest::newRow("odd hex")
            << head
                + R"("services":[{"uuid":"180F","characteristics":[{"uuid":"2A19","properties":["read"],"hex":"012"}]}]})"
            << QStringLiteral(
                   "t.json: services[0].characteristics[0].hex: hex data needs an even number of digits");
        QTest::newRow("value too long")
            << head
                + R"("services":[{"uuid":"180F","characteristics":[{"uuid":"2A19","properties":["read"],"ramp":5,"maxLength":2}]}]})"
            << QStringLiteral("t.json: services[0].characteristics[0]: the value is longer than maxLength");
        QTest::newRow("bad access") << head
                + R"("services":[{"uuid":"180F","characteristics":[{"uuid":"2A19","properties":["read"],"read":"maybe"}]}]})"
                                    << QStringLiteral("t.json: services[0].characteristics[0].read: expected "
                                                      "\"open\", \"encrypted\" or \"none\"");
        QTest::newRow("bad generator")
            << head
                + R"("services":[{"uuid":"180F","characteristics":[{"uuid":"2A19","properties":["notify"],"generator":{"type":"wave"}}]}]})"
            << QStringLiteral(
                   "t.json: services[0].characteristics[0].generator.type: unknown generator \"wave\"");
        QTest::newRow("replay without values")
            << head
                + R"("services":[{"uuid":"180D","characteristics":[{"uuid":"2A37","properties":["notify"],"generator":{"type":"replay"}}]}]})"
            << QStringLiteral("t.json: services[0].characteristics[0].generator.values: expected an array");
        QTest::newRow("replay empty")
            << head
                + R"("services":[{"uuid":"180D","characteristics":[{"uuid":"2A37","properties":["notify"],"generator":{"type":"replay","values":[]}}]}]})"
            << QStringLiteral("t.json: services[0].characteristics[0].generator.values: a replay needs at "
                              "least one value");
        QTest::newRow("replay out of order")
            << head
                + R"("services":[{"uuid":"180D","characteristics":[{"uuid":"2A37","properties":["notify"],"generator":{"type":"replay","values":[{"atMs":5,"hex":"01"},{"atMs":4,"hex":"02"}]}}]}]})"
            << QStringLiteral("t.json: services[0].characteristics[0].generator.values[1].atMs: earlier than "
                              "the value before it");
        QTest::newRow("replay negative time")
            << head
                + R"("services":[{"uuid":"180D","characteristics":[{"uuid":"2A37","properties":["notify"],"generator":{"type":"replay","values":[{"atMs":-1,"hex":"01"}]}}]}]})"
            << QStringLiteral(
                   "t.json: services[0].characteristics[0].generator.values[0].atMs: -1 is out of range");
        QTest::newRow("replay bad hex")
            << head
                + R"("services":[{"uuid":"180D","characteristics":[{"uuid":"2A37","properties":["notify"],"generator":{"type":"replay","values":[{"atMs":0,"hex":"zz"}]}}]}]})"
            << QStringLiteral("t.json: services[0].characteristics[0].generator.values[0].hex: not hex data");
        QTest::newRow("values on a sine")
            << head
                + R"("services":[{"uuid":"180D","characteristics":[{"uuid":"2A37","properties":["notify"],"generator":{"type":"sine","values":[]}}]}]})"
            << QStringLiteral("t.json: services[0].characteristics[0].generator.values: only a replay "
                              "generator has this");
        QTest::newRow("cccd without notify")
            << head
                + R"("services":[{"uuid":"180F","characteristics":[{"uuid":"2A19","properties":["read"],"descriptors":[{"uuid":"2902"}]}]}]})"
            << QStringLiteral(
                   "t.json: services[0].characteristics[0].descriptors: a CCCD needs notify or indicate");
        QTest::newRow("advertising too long")
            << head + R"("advertising":{"name":"a name that is much too long for one advertising packet"}})"
            << QStringLiteral("t.json: advertising: 57 bytes of advertising data; a packet holds at most 31");
        QTest::newRow("rssi out of range")
            << head + R"("rssi":-200})" << QStringLiteral("t.json: rssi: -200 is out of range (-127…20)");
        QTest::newRow("passkey too long")
            << head + R"("passkey":1234567})"
            << QStringLiteral("t.json: passkey: 1234567 is out of range (0…999999)");
        QTest::newRow("services on a beacon")
            << head + R"("connectable":false,"services":[{"uuid":"180F"}]})"
            << QStringLiteral("t.json: services: a non-connectable peripheral cannot have services");
        QTest::newRow("same address twice") << QByteArray(
            R"({"peripherals":[{"name":"a","address":"C0:00:00:00:00:01"},{"name":"b","address":"C0:00:00:00:00:01"}]})")
                                            << QStringLiteral("t.json: peripherals[1].address: two "
                                                              "peripherals have the same address");
        QTest::newRow("unknown fault") << QByteArray(R"({"faults":[{"action":"explode"}]})")
                                       << QStringLiteral("t.json: faults[0].action: unknown fault action");
        QTest::newRow("unknown command")
            << QByteArray(R"({"faults":[{"action":"drop-response","on":"system_hallo"}]})")
            << QStringLiteral("t.json: faults[0].on: unknown BGAPI command \"system_hallo\"");

        // Bounded input (issue 15): numbers finite and reported as given, ASCII hex only,
        // strings as long as BLE allows.
        QTest::newRow("1e300 as an integer")
            << head + R"("passkey":1e300})"
            << QStringLiteral("t.json: passkey: 1e+300 is out of range (0…999999)");
        QTest::newRow("-1e300 as an integer")
            << head + R"("appearance":-1e300})"
            << QStringLiteral("t.json: appearance: -1e+300 is out of range (0…65535)");
        QTest::newRow("fraction as an integer")
            << head + R"("passkey":1.5})" << QStringLiteral("t.json: passkey: expected a whole number");
        QTest::newRow("huge hex string")
            << head + R"("appearance":"0x10000000000000000000"})"
            << QStringLiteral("t.json: appearance: 0x10000000000000000000 is out of range (0…65535)");
        QTest::newRow("huge decimal string")
            << head + R"("passkey":"99999999999999999999999"})"
            << QStringLiteral("t.json: passkey: 99999999999999999999999 is out of range (0…999999)");
        QTest::newRow("decimal string out of range")
            << head + R"("appearance":"70000"})"
            << QStringLiteral("t.json: appearance: 70000 is out of range (0…65535)");
        QTest::newRow("full-width digits in a number")
            << head + R"("passkey":"１２３"})" << QStringLiteral("t.json: passkey: not a number");
        QTest::newRow("full-width digits in hex")
            << head
                + R"("services":[{"uuid":"180F","characteristics":[{"uuid":"2A19","properties":["read"],"hex":"１２"}]}]})"
            << QStringLiteral("t.json: services[0].characteristics[0].hex: not hex data");
        QTest::newRow("Arabic-Indic digits in hex")
            << head
                + R"("services":[{"uuid":"180F","characteristics":[{"uuid":"2A19","properties":["read"],"hex":"٠١"}]}]})"
            << QStringLiteral("t.json: services[0].characteristics[0].hex: not hex data");
        QTest::newRow("hex in a decimal string")
            << head + R"("passkey":"12ab"})" << QStringLiteral("t.json: passkey: not a number");
        QTest::newRow("Device Name of 249 bytes")
            << QByteArray(R"({"address":"C0:00:00:00:00:01","name":)"
                          "\""
                          + QByteArray(249, 'n')
                          + "\""
                            R"(})")
            << QStringLiteral("t.json: name: 249 bytes; a Device Name holds at most 248 (UTF-8)");
        QTest::newRow("Device Name of 83 euro signs") // 249 bytes in UTF-8
            << QByteArray(R"({"address":"C0:00:00:00:00:01","name":)"
                          "\""
                          + QString(83, QChar(0x20AC)).toUtf8()
                          + "\""
                            R"(})")
            << QStringLiteral("t.json: name: 249 bytes; a Device Name holds at most 248 (UTF-8)");
        QTest::newRow("100k-character text value")
            << head
                + R"("services":[{"uuid":"180F","characteristics":[{"uuid":"2A19","properties":["read"],"text":)"
                  "\""
                + QByteArray(100000, 't')
                + "\""
                  R"(}]}]})"
            << QStringLiteral("t.json: services[0].characteristics[0]: a value holds at most 512 bytes");
        QTest::newRow("garbage longer than a packet")
            << QByteArray(R"({"faults":[{"action":"garbage","hex":)"
                          "\""
                          + QByteArray(2052 * 2, 'A')
                          + "\""
                            R"(}]})")
            << QStringLiteral("t.json: faults[0].hex: 2052 bytes; a fault injects at most 2051");
        // JSON has no NaN or infinity; Qt refuses what would overflow a double.
        QTest::newRow("infinite drift") << head + R"("rssi":{"mean":-60,"drift":1e999}})"
                                        << QStringLiteral("t.json: line 1, column 75: illegal number");
    }
    void brokenProfiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const Result<ProfileSet> set = ProfileLoader::loadJson(json, QStringLiteral("t.json"));
        QVERIFY(!set.ok());
        QCOMPARE(set.error().kind(), Error::Kind::InvalidArgument);
        QVERIFY2(set.error().message().startsWith(error), qPrintable(set.error().message()));
    }

    // The Device Name limit itself is fine; so is every number written as text the old way.
    void boundsThatFit()
    {
        const QByteArray json = R"({"address":"C0:00:00:00:00:01","name":)"
                                "\""
            + QByteArray(248, 'n')
            + "\""
              R"(,"passkey":"0x1E240","appearance":"-0","rssi":{"mean":"-127","drift":20}})";
        const Result<ProfileSet> set = ProfileLoader::loadJson(json, QStringLiteral("t.json"));
        QVERIFY2(set.ok(), qPrintable(set.error().message()));
        const PeripheralProfile &p = set.value().peripherals.first();
        QCOMPARE(p.name.size(), 248);
        QCOMPARE(p.passkey.value_or(0), 123456u);
        QCOMPARE(p.rssi, qint8(-127));
        QByteArray name;
        QCOMPARE(VirtualGattServer(p).read(3, {}, &name), quint8(0)); // Device Name
        QCOMPARE(name, QByteArray(248, 'n'));
    }

    // Handles are 16 bits: 65,535 attributes are served, one more is an error naming the
    // profile (before, 40,000 characteristics wrapped past 0xFFFF).
    void attributeLimit_data()
    {
        QTest::addColumn<int>("characteristics");
        QTest::addColumn<int>("descriptors");
        QTest::addColumn<int>("attributes"); // with Generic Access (5) and the service (1)
        QTest::newRow("65535") << 32764 << 1 << 65535;
        QTest::newRow("65536") << 32764 << 2 << 65536;
        QTest::newRow("80006") << 40000 << 0 << 80006;
    }
    void attributeLimit()
    {
        QFETCH(int, characteristics);
        QFETCH(int, descriptors);
        QFETCH(int, attributes);
        QByteArray json
            = R"({"name":"Big","address":"C0:00:00:00:00:01","services":[{"uuid":"180F","characteristics":[)";
        for (int i = 0; i < characteristics; ++i) {
            json += i ? "," : "";
            json += R"({"uuid":"2A19","properties":["read"])";
            if (i == characteristics - 1 && descriptors > 0) {
                json += R"(,"descriptors":[)";
                for (int d = 0; d < descriptors; ++d)
                    json += (d ? "," : "") + QByteArray(R"({"uuid":"2901","hex":"01"})");
                json += "]";
            }
            json += "}";
        }
        json += "]}]}";
        const Result<ProfileSet> set = ProfileLoader::loadJson(json, QStringLiteral("big.json"));
        if (attributes > 0xFFFF) {
            QVERIFY(!set.ok());
            QCOMPARE(set.error().message(),
                     QStringLiteral(
                         "big.json: services: \"Big\" needs %1 attribute handles with Generic Access; a "
                         "GATT server has at most 65535")
                         .arg(attributes));
            return;
        }
        QVERIFY2(set.ok(), qPrintable(set.error().message()));
        const PeripheralProfile &p = set.value().peripherals.first();
        QCOMPARE(VirtualGattServer::attributeCount(p), qsizetype(attributes));
        const VirtualGattServer server(p);
        QCOMPARE(server.lastHandle(), quint16(0xFFFF));
        QCOMPARE(server.attribute(0xFFFF)->type, GattUuid::UserDescription);
        QCOMPARE(server.characteristics().last().endHandle, quint16(0xFFFF));
        QList<VirtualGattServer::FoundInformation> found;
        QCOMPARE(server.findInformation(0xFFF0, 0xFFFF, &found), quint8(0));
        QCOMPARE(found.size(), 16);
        QCOMPARE(found.last().handle, quint16(0xFFFF));
    }

    // A profile built in code is never served with wrapped handles: a service that does
    // not fit is left out whole.
    void serverLeavesOutWhatDoesNotFit()
    {
        PeripheralProfile p;
        p.name = QStringLiteral("Big");
        ServiceProfile s;
        s.uuid = Uuid(0x180F);
        CharacteristicProfile c;
        c.uuid = Uuid(0x2A19);
        c.properties = quint8(CharacteristicProperty::Read);
        for (int i = 0; i < 30000; ++i)
            s.characteristics.append(c);
        p.services = { s, s };
        QCOMPARE(VirtualGattServer::attributeCount(p), qsizetype(5 + 2 * 60001));
        const VirtualGattServer server(p);
        QCOMPARE(server.lastHandle(), quint16(5 + 60001));
        QCOMPARE(server.characteristics().size(), 2 + 30000);
    }

    // Files, devices and pipes are read up to one byte past the limit: /dev/zero fails at
    // once instead of filling memory (QFile::size() is 0 for it).
    void fileSizeLimit_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("error"); // empty: loads
        QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero")
                                   << QStringLiteral(": more than 4 MiB; a profile file is at most that");
        QTest::newRow("a folder") << QStringLiteral("<dir>")
                                  << QStringLiteral(": a folder, not a profile file");
        QTest::newRow("4 MiB") << QStringLiteral("<4 MiB>") << QString();
        QTest::newRow("4 MiB + 1") << QStringLiteral("<4 MiB + 1>")
                                   << QStringLiteral(": more than 4 MiB; a profile file is at most that");
        QTest::newRow("empty") << QStringLiteral("<empty>") << QStringLiteral(": line 1, column 1");
    }
    void fileSizeLimit()
    {
        QFETCH(QString, path);
        QFETCH(QString, error);
        QTemporaryDir dir;
        const QByteArray json = R"({"name":"x","address":"C0:00:00:00:00:01"})";
        const auto write = [&dir](const QByteArray &contents) {
            const QString file = dir.filePath(QStringLiteral("p.json"));
            QFile f(file);
            if (f.open(QIODevice::WriteOnly))
                f.write(contents);
            return file;
        };
        if (path == u"<dir>")
            path = dir.path();
        else if (path == u"<4 MiB>")
            path = write(json + QByteArray(ProfileLoader::kMaxFileBytes - json.size(), ' '));
        else if (path == u"<4 MiB + 1>")
            path = write(json + QByteArray(ProfileLoader::kMaxFileBytes - json.size() + 1, ' '));
        else if (path == u"<empty>")
            path = write(QByteArray());
        const Result<ProfileSet> set = ProfileLoader::loadFile(path);
        if (error.isEmpty()) {
            QVERIFY2(set.ok(), qPrintable(set.error().message()));
            return;
        }
        QVERIFY(!set.ok());
        QVERIFY2(set.error().message().startsWith(path + error), qPrintable(set.error().message()));
    }

    void missingFile()
    {
        QTemporaryDir dir;
        const Result<ProfileSet> set = ProfileLoader::loadFile(dir.filePath(QStringLiteral("absent.json")));
        QVERIFY(!set.ok());
        QVERIFY(set.error().message().contains(QStringLiteral("absent.json")));
    }
};

QTEST_GUILESS_MAIN(TestProfileLoader)
#include "tst_profileloader.moc"
