// SPDX-License-Identifier: MIT
#include "gattunit.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>

namespace gattscope {

namespace {
struct UnitEntry
{
    quint16 uuid;
    const char *name;
    const char16_t *symbol;
};

// Sorted by uuid (binary search below).
constexpr UnitEntry units[] = {
    { 0x2700, QT_TRANSLATE_NOOP("gattscope::GattUnit", "unitless"), u"" },
    { 0x2701, QT_TRANSLATE_NOOP("gattscope::GattUnit", "length (metre)"), u"m" },
    { 0x2702, QT_TRANSLATE_NOOP("gattscope::GattUnit", "mass (kilogram)"), u"kg" },
    { 0x2703, QT_TRANSLATE_NOOP("gattscope::GattUnit", "time (second)"), u"s" },
    { 0x2704, QT_TRANSLATE_NOOP("gattscope::GattUnit", "electric current (ampere)"), u"A" },
    { 0x2705, QT_TRANSLATE_NOOP("gattscope::GattUnit", "thermodynamic temperature (kelvin)"), u"K" },
    { 0x2706, QT_TRANSLATE_NOOP("gattscope::GattUnit", "amount of substance (mole)"), u"mol" },
    { 0x2707, QT_TRANSLATE_NOOP("gattscope::GattUnit", "luminous intensity (candela)"), u"cd" },
    { 0x2710, QT_TRANSLATE_NOOP("gattscope::GattUnit", "area (square metres)"), u"m²" },
    { 0x2711, QT_TRANSLATE_NOOP("gattscope::GattUnit", "volume (cubic metres)"), u"m³" },
    { 0x2712, QT_TRANSLATE_NOOP("gattscope::GattUnit", "velocity (metres per second)"), u"m/s" },
    { 0x2713, QT_TRANSLATE_NOOP("gattscope::GattUnit", "acceleration (metres per second squared)"), u"m/s²" },
    { 0x2714, QT_TRANSLATE_NOOP("gattscope::GattUnit", "wavenumber (reciprocal metre)"), u"m⁻¹" },
    { 0x2715, QT_TRANSLATE_NOOP("gattscope::GattUnit", "density (kilogram per cubic metre)"), u"kg/m³" },
    { 0x2716, QT_TRANSLATE_NOOP("gattscope::GattUnit", "surface density (kilogram per square metre)"),
      u"kg/m²" },
    { 0x2717, QT_TRANSLATE_NOOP("gattscope::GattUnit", "specific volume (cubic metre per kilogram)"),
      u"m³/kg" },
    { 0x2718, QT_TRANSLATE_NOOP("gattscope::GattUnit", "current density (ampere per square metre)"),
      u"A/m²" },
    { 0x2719, QT_TRANSLATE_NOOP("gattscope::GattUnit", "magnetic field strength (ampere per metre)"),
      u"A/m" },
    { 0x271A, QT_TRANSLATE_NOOP("gattscope::GattUnit", "amount concentration (mole per cubic metre)"),
      u"mol/m³" },
    { 0x271B, QT_TRANSLATE_NOOP("gattscope::GattUnit", "mass concentration (kilogram per cubic metre)"),
      u"kg/m³" },
    { 0x271C, QT_TRANSLATE_NOOP("gattscope::GattUnit", "luminance (candela per square metre)"), u"cd/m²" },
    { 0x271D, QT_TRANSLATE_NOOP("gattscope::GattUnit", "refractive index"), u"" },
    { 0x271E, QT_TRANSLATE_NOOP("gattscope::GattUnit", "relative permeability"), u"" },
    { 0x2720, QT_TRANSLATE_NOOP("gattscope::GattUnit", "plane angle (radian)"), u"rad" },
    { 0x2721, QT_TRANSLATE_NOOP("gattscope::GattUnit", "solid angle (steradian)"), u"sr" },
    { 0x2722, QT_TRANSLATE_NOOP("gattscope::GattUnit", "frequency (hertz)"), u"Hz" },
    { 0x2723, QT_TRANSLATE_NOOP("gattscope::GattUnit", "force (newton)"), u"N" },
    { 0x2724, QT_TRANSLATE_NOOP("gattscope::GattUnit", "pressure (pascal)"), u"Pa" },
    { 0x2725, QT_TRANSLATE_NOOP("gattscope::GattUnit", "energy (joule)"), u"J" },
    { 0x2726, QT_TRANSLATE_NOOP("gattscope::GattUnit", "power (watt)"), u"W" },
    { 0x2727, QT_TRANSLATE_NOOP("gattscope::GattUnit", "electric charge (coulomb)"), u"C" },
    { 0x2728, QT_TRANSLATE_NOOP("gattscope::GattUnit", "electric potential difference (volt)"), u"V" },
    { 0x2729, QT_TRANSLATE_NOOP("gattscope::GattUnit", "capacitance (farad)"), u"F" },
    { 0x272A, QT_TRANSLATE_NOOP("gattscope::GattUnit", "electric resistance (ohm)"), u"Ω" },
    { 0x272B, QT_TRANSLATE_NOOP("gattscope::GattUnit", "electric conductance (siemens)"), u"S" },
    { 0x272C, QT_TRANSLATE_NOOP("gattscope::GattUnit", "magnetic flux (weber)"), u"Wb" },
    { 0x272D, QT_TRANSLATE_NOOP("gattscope::GattUnit", "magnetic flux density (tesla)"), u"T" },
    { 0x272E, QT_TRANSLATE_NOOP("gattscope::GattUnit", "inductance (henry)"), u"H" },
    { 0x272F, QT_TRANSLATE_NOOP("gattscope::GattUnit", "temperature (degree Celsius)"), u"°C" },
    { 0x2730, QT_TRANSLATE_NOOP("gattscope::GattUnit", "luminous flux (lumen)"), u"lm" },
    { 0x2731, QT_TRANSLATE_NOOP("gattscope::GattUnit", "illuminance (lux)"), u"lx" },
    { 0x2732, QT_TRANSLATE_NOOP("gattscope::GattUnit", "activity referred to a radionuclide (becquerel)"),
      u"Bq" },
    { 0x2733, QT_TRANSLATE_NOOP("gattscope::GattUnit", "absorbed dose (gray)"), u"Gy" },
    { 0x2734, QT_TRANSLATE_NOOP("gattscope::GattUnit", "dose equivalent (sievert)"), u"Sv" },
    { 0x2735, QT_TRANSLATE_NOOP("gattscope::GattUnit", "catalytic activity (katal)"), u"kat" },
    { 0x2740, QT_TRANSLATE_NOOP("gattscope::GattUnit", "dynamic viscosity (pascal second)"), u"Pa·s" },
    { 0x2741, QT_TRANSLATE_NOOP("gattscope::GattUnit", "moment of force (newton metre)"), u"N·m" },
    { 0x2742, QT_TRANSLATE_NOOP("gattscope::GattUnit", "surface tension (newton per metre)"), u"N/m" },
    { 0x2743, QT_TRANSLATE_NOOP("gattscope::GattUnit", "angular velocity (radian per second)"), u"rad/s" },
    { 0x2744, QT_TRANSLATE_NOOP("gattscope::GattUnit", "angular acceleration (radian per second squared)"),
      u"rad/s²" },
    { 0x2745, QT_TRANSLATE_NOOP("gattscope::GattUnit", "heat flux density (watt per square metre)"),
      u"W/m²" },
    { 0x2746, QT_TRANSLATE_NOOP("gattscope::GattUnit", "heat capacity (joule per kelvin)"), u"J/K" },
    { 0x2747, QT_TRANSLATE_NOOP("gattscope::GattUnit", "specific heat capacity (joule per kilogram kelvin)"),
      u"J/(kg·K)" },
    { 0x2748, QT_TRANSLATE_NOOP("gattscope::GattUnit", "specific energy (joule per kilogram)"), u"J/kg" },
    { 0x2749, QT_TRANSLATE_NOOP("gattscope::GattUnit", "thermal conductivity (watt per metre kelvin)"),
      u"W/(m·K)" },
    { 0x274A, QT_TRANSLATE_NOOP("gattscope::GattUnit", "energy density (joule per cubic metre)"), u"J/m³" },
    { 0x274B, QT_TRANSLATE_NOOP("gattscope::GattUnit", "electric field strength (volt per metre)"), u"V/m" },
    { 0x274C, QT_TRANSLATE_NOOP("gattscope::GattUnit", "electric charge density (coulomb per cubic metre)"),
      u"C/m³" },
    { 0x274D, QT_TRANSLATE_NOOP("gattscope::GattUnit", "surface charge density (coulomb per square metre)"),
      u"C/m²" },
    { 0x274E, QT_TRANSLATE_NOOP("gattscope::GattUnit", "electric flux density (coulomb per square metre)"),
      u"C/m²" },
    { 0x274F, QT_TRANSLATE_NOOP("gattscope::GattUnit", "permittivity (farad per metre)"), u"F/m" },
    { 0x2750, QT_TRANSLATE_NOOP("gattscope::GattUnit", "permeability (henry per metre)"), u"H/m" },
    { 0x2751, QT_TRANSLATE_NOOP("gattscope::GattUnit", "molar energy (joule per mole)"), u"J/mol" },
    { 0x2752, QT_TRANSLATE_NOOP("gattscope::GattUnit", "molar entropy (joule per mole kelvin)"),
      u"J/(mol·K)" },
    { 0x2753, QT_TRANSLATE_NOOP("gattscope::GattUnit", "exposure (coulomb per kilogram)"), u"C/kg" },
    { 0x2754, QT_TRANSLATE_NOOP("gattscope::GattUnit", "absorbed dose rate (gray per second)"), u"Gy/s" },
    { 0x2755, QT_TRANSLATE_NOOP("gattscope::GattUnit", "radiant intensity (watt per steradian)"), u"W/sr" },
    { 0x2756, QT_TRANSLATE_NOOP("gattscope::GattUnit", "radiance (watt per square metre steradian)"),
      u"W/(m²·sr)" },
    { 0x2757,
      QT_TRANSLATE_NOOP("gattscope::GattUnit", "catalytic activity concentration (katal per cubic metre)"),
      u"kat/m³" },
    { 0x2760, QT_TRANSLATE_NOOP("gattscope::GattUnit", "time (minute)"), u"min" },
    { 0x2761, QT_TRANSLATE_NOOP("gattscope::GattUnit", "time (hour)"), u"h" },
    { 0x2762, QT_TRANSLATE_NOOP("gattscope::GattUnit", "time (day)"), u"d" },
    { 0x2763, QT_TRANSLATE_NOOP("gattscope::GattUnit", "plane angle (degree)"), u"°" },
    { 0x2764, QT_TRANSLATE_NOOP("gattscope::GattUnit", "plane angle (minute)"), u"′" },
    { 0x2765, QT_TRANSLATE_NOOP("gattscope::GattUnit", "plane angle (second)"), u"″" },
    { 0x2766, QT_TRANSLATE_NOOP("gattscope::GattUnit", "area (hectare)"), u"ha" },
    { 0x2767, QT_TRANSLATE_NOOP("gattscope::GattUnit", "volume (litre)"), u"L" },
    { 0x2768, QT_TRANSLATE_NOOP("gattscope::GattUnit", "mass (tonne)"), u"t" },
    { 0x2780, QT_TRANSLATE_NOOP("gattscope::GattUnit", "pressure (bar)"), u"bar" },
    { 0x2781, QT_TRANSLATE_NOOP("gattscope::GattUnit", "pressure (millimetre of mercury)"), u"mmHg" },
    { 0x2782, QT_TRANSLATE_NOOP("gattscope::GattUnit", "length (ångström)"), u"Å" },
    { 0x2783, QT_TRANSLATE_NOOP("gattscope::GattUnit", "length (nautical mile)"), u"NM" },
    { 0x2784, QT_TRANSLATE_NOOP("gattscope::GattUnit", "area (barn)"), u"b" },
    { 0x2785, QT_TRANSLATE_NOOP("gattscope::GattUnit", "velocity (knot)"), u"kn" },
    { 0x2786, QT_TRANSLATE_NOOP("gattscope::GattUnit", "logarithmic radio quantity (neper)"), u"Np" },
    { 0x2787, QT_TRANSLATE_NOOP("gattscope::GattUnit", "logarithmic radio quantity (bel)"), u"B" },
    { 0x27A0, QT_TRANSLATE_NOOP("gattscope::GattUnit", "length (yard)"), u"yd" },
    { 0x27A1, QT_TRANSLATE_NOOP("gattscope::GattUnit", "length (parsec)"), u"pc" },
    { 0x27A2, QT_TRANSLATE_NOOP("gattscope::GattUnit", "length (inch)"), u"in" },
    { 0x27A3, QT_TRANSLATE_NOOP("gattscope::GattUnit", "length (foot)"), u"ft" },
    { 0x27A4, QT_TRANSLATE_NOOP("gattscope::GattUnit", "length (mile)"), u"mi" },
    { 0x27A5, QT_TRANSLATE_NOOP("gattscope::GattUnit", "pressure (pound-force per square inch)"), u"psi" },
    { 0x27A6, QT_TRANSLATE_NOOP("gattscope::GattUnit", "velocity (kilometre per hour)"), u"km/h" },
    { 0x27A7, QT_TRANSLATE_NOOP("gattscope::GattUnit", "velocity (mile per hour)"), u"mph" },
    { 0x27A8, QT_TRANSLATE_NOOP("gattscope::GattUnit", "angular velocity (revolution per minute)"), u"rpm" },
    { 0x27A9, QT_TRANSLATE_NOOP("gattscope::GattUnit", "energy (gram calorie)"), u"cal" },
    { 0x27AA, QT_TRANSLATE_NOOP("gattscope::GattUnit", "energy (kilogram calorie)"), u"kcal" },
    { 0x27AB, QT_TRANSLATE_NOOP("gattscope::GattUnit", "energy (kilowatt hour)"), u"kWh" },
    { 0x27AC, QT_TRANSLATE_NOOP("gattscope::GattUnit", "thermodynamic temperature (degree Fahrenheit)"),
      u"°F" },
    { 0x27AD, QT_TRANSLATE_NOOP("gattscope::GattUnit", "percentage"), u"%" },
    { 0x27AE, QT_TRANSLATE_NOOP("gattscope::GattUnit", "per mille"), u"‰" },
    { 0x27AF, QT_TRANSLATE_NOOP("gattscope::GattUnit", "period (beats per minute)"), u"bpm" },
    { 0x27B0, QT_TRANSLATE_NOOP("gattscope::GattUnit", "electric charge (ampere hours)"), u"Ah" },
    { 0x27B1, QT_TRANSLATE_NOOP("gattscope::GattUnit", "mass density (milligram per decilitre)"), u"mg/dL" },
    { 0x27B2, QT_TRANSLATE_NOOP("gattscope::GattUnit", "mass density (millimole per litre)"), u"mmol/L" },
    { 0x27B3, QT_TRANSLATE_NOOP("gattscope::GattUnit", "time (year)"), u"a" },
    { 0x27B4, QT_TRANSLATE_NOOP("gattscope::GattUnit", "time (month)"), u"mo" },
    { 0x27B5, QT_TRANSLATE_NOOP("gattscope::GattUnit", "concentration (count per cubic metre)"), u"/m³" },
    { 0x27B6, QT_TRANSLATE_NOOP("gattscope::GattUnit", "irradiance (watt per square metre)"), u"W/m²" },
};

const UnitEntry *find(quint16 uuid)
{
    const auto it = std::lower_bound(std::begin(units), std::end(units), uuid,
                                     [](const UnitEntry &e, quint16 u) { return e.uuid < u; });
    return (it != std::end(units) && it->uuid == uuid) ? it : nullptr;
}
} // namespace

QString gattUnitName(quint16 unit)
{
    if (const UnitEntry *e = find(unit))
        return QCoreApplication::translate("gattscope::GattUnit", e->name);
    return QCoreApplication::translate("gattscope::GattUnit", "unit 0x%1")
        .arg(QStringLiteral("%1").arg(unit, 4, 16, QLatin1Char('0')).toUpper());
}

QString gattUnitSymbol(quint16 unit)
{
    if (const UnitEntry *e = find(unit))
        return QString::fromUtf16(e->symbol);
    return {};
}

bool isKnownGattUnit(quint16 unit)
{
    return find(unit) != nullptr;
}

} // namespace gattscope
