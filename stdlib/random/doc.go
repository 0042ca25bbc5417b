// Package random implements Python's random module.
//
// The generator itself is Go (mt.go, registered as the helper module
// _random): a 32-bit Mersenne Twister (MT19937) written from the published
// description by Matsumoto and Nishimura, with the array seeding routine
// (init_by_array) that CPython feeds with the 32-bit words of the seed.
// On top of the raw 32-bit outputs it provides the three primitives every
// other method is built from, computed exactly as CPython does so that
// sequences agree bit for bit:
//
//   - random(): a 53-bit float from two outputs (27 and 26 high bits);
//   - getrandbits(k): k bits, least significant 32-bit word first, the last
//     word taking the high bits of its output;
//   - seeding from an int (its absolute value's 32-bit words, least
//     significant first), from bytes (CPython's version 2 seeding: the
//     bytes followed by their SHA-512 digest, read as a big-endian int),
//     or from OS entropy.
//
// The Random class and the distributions (random.py, embedded) are Python:
// randrange/randint/choice/shuffle/sample draw integers with CPython's
// rejection method (getrandbits of the bound's bit length, retried until
// below the bound), so they consume the same outputs as CPython and give
// identical results. The module-level functions are the bound methods of
// one hidden Random instance seeded from entropy at import.
package random
