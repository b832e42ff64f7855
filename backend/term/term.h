// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QVector>

#include <memory>
#include <utility>

namespace beamtop {

// Identity of a pid, port or reference as the node encodes it. Kept exactly so it can be
// sent back to the node (re-encoded byte for byte).
struct NodeId
{
    QByteArray node;      // UTF-8 node name, e.g. "app@host"
    quint64 id = 0;       // pid: num; port: id; reference: unused
    quint32 serial = 0;   // pid only
    quint32 creation = 0;
    QVector<quint32> refWords; // reference only (1..5 words)

    bool operator==(const NodeId &o) const
    {
        return node == o.node && id == o.id && serial == o.serial && creation == o.creation
            && refWords == o.refWords;
    }
    bool operator!=(const NodeId &o) const { return !(*this == o); }
};

// An immutable Erlang term. Copies are cheap (shared, immutable data). A decode failure or a
// term over a limit is a Term of kind Error carrying a message, never an exception or a crash.
class Term
{
public:
    enum class Kind : quint8 {
        Error,      // decode failure / limit exceeded / default-constructed; errorString() says why
        Atom,       // UTF-8 name
        Integer,    // fits in qint64
        BigInteger, // sign + magnitude (little-endian bytes)
        Float,
        Binary,     // whole bytes
        BitString,  // bytes + number of bits used in the last byte (1..7)
        String,     // STRING_EXT: a list of small integers 0..255 carried as bytes (a list)
        List,       // elements + tail (tail is Nil for a proper list)
        Nil,        // []
        Tuple,
        Map,        // key/value pairs in wire order
        Pid,
        Port,
        Reference,
        Fun,        // export fun (module, name, arity) or local fun (module, index/uniq, arity)
    };

    Term(); // Error("empty term")

    // Construction
    static Term error(const QString &message);
    static Term atom(const QString &name);
    static Term atom(const char *latin1Name);
    static Term boolean(bool b) { return atom(b ? "true" : "false"); }
    static Term integer(qint64 v);
    static Term bigInteger(bool negative, const QByteArray &magnitudeLittleEndian);
    static Term floating(double v);
    static Term binary(const QByteArray &bytes);
    static Term bitString(const QByteArray &bytes, int bitsInLastByte);
    static Term string(const QByteArray &latin1Bytes); // STRING_EXT form ("" gives Nil)
    static Term nil();
    // No elements gives the tail itself ([] ++ T is T), so an empty List never exists.
    static Term list(const QVector<Term> &elements, const Term &tail = Term::nil());
    static Term tuple(const QVector<Term> &elements);
    static Term map(const QVector<std::pair<Term, Term>> &pairs);
    static Term pid(const NodeId &id);
    static Term port(const NodeId &id);
    static Term reference(const NodeId &id);
    // Export fun: module:name/arity. Local fun: module, name empty, arity; index/uniq kept.
    static Term exportFun(const QString &module, const QString &name, int arity);
    static Term localFun(const QString &module, int arity, quint32 index, const QByteArray &uniq);
    // Local fun that also keeps OldUniq, the number the runtime prints in #Fun<m.Index.OldUniq>.
    static Term localFun(const QString &module, int arity, quint32 index, const QByteArray &uniq,
                         quint32 oldUniq);

    Kind kind() const;
    bool isError() const { return kind() == Kind::Error; }
    bool isAtom() const { return kind() == Kind::Atom; }
    bool isAtom(const char *latin1Name) const;
    bool isInteger() const { return kind() == Kind::Integer || kind() == Kind::BigInteger; }
    bool isNumber() const { return isInteger() || kind() == Kind::Float; }
    bool isTuple() const { return kind() == Kind::Tuple; }
    bool isTuple(int arity) const { return isTuple() && size() == arity; }
    // Tuple whose first element is the atom tag (e.g. {ok, X} with isTaggedTuple("ok", 2)).
    bool isTaggedTuple(const char *tag, int arity = -1) const;
    // Nil, List and String are all lists.
    bool isList() const;
    bool isProperList() const;
    bool isMap() const { return kind() == Kind::Map; }
    bool isBinary() const { return kind() == Kind::Binary; }
    bool isPid() const { return kind() == Kind::Pid; }

    QString errorString() const;   // Error
    QString atomName() const;      // Atom (empty otherwise)
    qint64 toInt(qint64 defaultValue = 0) const; // Integer; Float truncated; BigInteger -> default
    double toDouble(double defaultValue = 0) const; // any number, BigInteger approximated
    bool toBool(bool defaultValue = false) const;   // atoms true/false
    bool bigNegative() const;
    QByteArray bigMagnitude() const; // little-endian
    QByteArray bytes() const;        // Binary, BitString, String
    int bitsInLastByte() const;      // BitString (8 for a Binary)
    // Text of a binary (UTF-8), a String, an atom, or a proper list of code points; empty else.
    QString toText() const;

    // Number of elements: Tuple arity, List element count (excl. tail), String byte count,
    // Map pair count; 0 otherwise.
    int size() const;
    // Element i of a Tuple or List (String elements come back as Integer). Out of range -> Error.
    Term at(int i) const;
    QVector<Term> elements() const; // Tuple/List/String elements
    Term tail() const;              // List tail (Nil for proper lists)
    QVector<std::pair<Term, Term>> mapPairs() const;
    // Map lookup by key; for convenience also for proplists ([{Key, Value}]). Missing -> Error.
    Term value(const Term &key) const;
    Term value(const char *atomKey) const; // key is the atom atomKey

    NodeId nodeId() const; // Pid / Port / Reference
    QString funModule() const;
    QString funName() const; // export funs only
    int funArity() const;
    quint32 funIndex() const;
    QByteArray funUniq() const;
    quint32 funOldUniq() const; // local funs (0 if unknown)
    bool isLocalFun() const;

    // Structural equality (exact, including Float vs Integer being different). Lists compare
    // as Erlang lists: a String equals the List of the same small integers.
    bool operator==(const Term &o) const;
    bool operator!=(const Term &o) const { return !(*this == o); }

private:
    struct Data;
    explicit Term(std::shared_ptr<const Data> d);
    std::shared_ptr<const Data> d;
};

} // namespace beamtop

Q_DECLARE_METATYPE(beamtop::Term)
Q_DECLARE_METATYPE(beamtop::NodeId)
