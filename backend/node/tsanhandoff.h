// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// ThreadSanitizer builds only (the tsan preset); nothing in any other build.
// Qt is not built with ThreadSanitizer, so the mutex under its event queue is invisible to it: a
// queued call or signal between the connection thread and the thread of its NodeClient looks
// like a race between what the sender wrote before posting and what the receiver reads. The
// sender releases the connection's key before it posts, the receiver acquires it when an event
// reaches it: the hand-over the queue makes, told to ThreadSanitizer. Races that do not pass
// through this hand-over are still reported.
#if defined(__SANITIZE_THREAD__)
#define BEAMTOP_UNDER_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define BEAMTOP_UNDER_TSAN 1
#endif
#endif

#ifdef BEAMTOP_UNDER_TSAN
#include <sanitizer/tsan_interface.h>
#endif

namespace beamtop::tsan {

#ifdef BEAMTOP_UNDER_TSAN
constexpr bool enabled = true;
inline void release(const void *key) { __tsan_release(const_cast<void *>(key)); }
inline void acquire(const void *key) { __tsan_acquire(const_cast<void *>(key)); }
#else
constexpr bool enabled = false;
inline void release(const void *) {}
inline void acquire(const void *) {}
#endif

} // namespace beamtop::tsan
