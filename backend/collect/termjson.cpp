// SPDX-License-Identifier: GPL-3.0-or-later
#include "termjson.h"

#include <QJsonArray>
#include <QJsonObject>

namespace beamtop {

QJsonValue termToJson(const Term &t, const TermFormatter &f, int maxDepth)
{
    // Depth is bounded by maxDepth, so the recursion is too.
    if (maxDepth <= 0)
        return f.format(t);
    switch (t.kind()) {
    case Term::Kind::Integer:
        return double(t.toInt());
    case Term::Kind::Float:
        return t.toDouble();
    case Term::Kind::Atom:
        if (t.isAtom("true") || t.isAtom("false"))
            return t.toBool();
        if (t.isAtom("undefined") || t.isAtom("nil"))
            return QJsonValue(QJsonValue::Null);
        return f.atom(t.atomName());
    case Term::Kind::Binary: {
        const QByteArray b = t.bytes();
        const QString s = QString::fromUtf8(b);
        if (s.toUtf8() == b)
            return s;
        return f.format(t);
    }
    case Term::Kind::Nil:
        return QJsonArray();
    case Term::Kind::List:
        if (t.isProperList()) {
            QJsonArray a;
            for (const Term &e : t.elements())
                a.append(termToJson(e, f, maxDepth - 1));
            return a;
        }
        return f.format(t);
    case Term::Kind::Map: {
        QJsonObject o;
        for (const auto &kv : t.mapPairs()) {
            const QString key = kv.first.isAtom() ? kv.first.atomName()
                              : kv.first.isBinary() ? kv.first.toText() : f.format(kv.first);
            o.insert(key, termToJson(kv.second, f, maxDepth - 1));
        }
        return o;
    }
    default:
        return f.format(t);
    }
}

qint64 intOrUnknown(const Term &t)
{
    return t.isInteger() ? t.toInt(-1) : -1;
}

QJsonValue numberOrNull(qint64 v)
{
    return v < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(double(v));
}

QJsonValue rateOrNull(double v)
{
    return v < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace beamtop
