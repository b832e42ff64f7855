// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The node the process benches watch: N idle processes plus a few busy ones, on a node with room
// for them.

#include "testnode.h"

namespace beamtop::bench {

// A node that can hold n processes: twice that, at least the emulator's default.
inline test::TestNode::Options populatedNodeOptions(qint64 n)
{
    test::TestNode::Options opts;
    opts.extraArgs << QStringLiteral("+P") << QString::number(qMax<qint64>(n * 2, 262144));
    return opts;
}

// Spawns n processes that wait forever and `busy` that build a short list every 20 ms (a node
// doing a little work); the node's process count afterwards, or -1.
inline qint64 populate(test::TestNode &node, qint64 n, int busy = 3)
{
    bool ok = false;
    const qint64 count = node.eval(QStringLiteral(
        "[spawn(fun() -> receive stop -> ok end end) || _ <- lists:seq(1, %1)], "
        "[spawn(fun Spin() -> _ = lists:seq(1, 2000), receive after 20 -> ok end, Spin() end) || _ <- lists:seq(1, %2)], "
        "erlang:system_info(process_count)").arg(n).arg(busy), 600000).toLongLong(&ok);
    return ok ? count : -1;
}

} // namespace beamtop::bench
