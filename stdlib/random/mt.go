package random

// This file defines the Mersenne Twister state and the _random helper
// module that exposes it to random.py.

import (
	"crypto/rand"
	"crypto/sha512"
	"encoding/binary"
	"math/big"

	"pyco/vm"
)

// Parameters of MT19937.
const (
	mtN       = 624
	mtM       = 397
	matrixA   = 0x9908b0df
	upperMask = 0x80000000
	lowerMask = 0x7fffffff
)

// stateType is the class of generator states (an opaque handle held by
// random.Random instances).
var stateType = &vm.Type{Name: "MTState", Module: "_random", IsBuiltin: true, NoSubclass: true}

func init() {
	vm.RegisterType(stateType)
	vm.RegisterModule("_random", initModule)
	vm.RegisterSourceModule("random", "<frozen random>", source)
}

// mtState is one generator: the 624-word vector and the index of the next
// word to temper.
type mtState struct {
	mt  [mtN]uint32
	idx int
}

// Type returns the state's class.
func (s *mtState) Type() *vm.Type { return stateType }

// initGenrand fills the vector from one 32-bit seed by the linear
// recurrence of the reference implementation.
func (s *mtState) initGenrand(seed uint32) {
	s.mt[0] = seed
	for i := 1; i < mtN; i++ {
		prev := s.mt[i-1]
		s.mt[i] = 1812433253*(prev^(prev>>30)) + uint32(i)
	}
	s.idx = mtN
}

// initByArray seeds from a key of 32-bit words: start from the fixed seed
// 19650218, mix every key word into the vector, then scramble once more.
func (s *mtState) initByArray(key []uint32) {
	s.initGenrand(19650218)
	i, j := 1, 0
	k := mtN
	if len(key) > k {
		k = len(key)
	}
	for ; k > 0; k-- {
		prev := s.mt[i-1]
		s.mt[i] = (s.mt[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			s.mt[0] = s.mt[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		prev := s.mt[i-1]
		s.mt[i] = (s.mt[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= mtN {
			s.mt[0] = s.mt[mtN-1]
			i = 1
		}
	}
	s.mt[0] = 0x80000000 // the vector is never all zero
	s.idx = mtN
}

// twist regenerates the whole vector.
func (s *mtState) twist() {
	mix := func(a, b, c uint32) uint32 {
		y := (a & upperMask) | (b & lowerMask)
		v := c ^ (y >> 1)
		if y&1 != 0 {
			v ^= matrixA
		}
		return v
	}
	for k := 0; k < mtN; k++ {
		s.mt[k] = mix(s.mt[k], s.mt[(k+1)%mtN], s.mt[(k+mtM)%mtN])
	}
	s.idx = 0
}

// next returns the next tempered 32-bit output.
func (s *mtState) next() uint32 {
	if s.idx >= mtN {
		s.twist()
	}
	y := s.mt[s.idx]
	s.idx++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// float53 returns a float in [0, 1) with 53 random bits.
func (s *mtState) float53() float64 {
	a := s.next() >> 5
	b := s.next() >> 6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// seedBig seeds from the absolute value of n.
func (s *mtState) seedBig(n *big.Int) {
	n = new(big.Int).Abs(n)
	words := n.Bits() // little-endian machine words
	var key []uint32
	for _, w := range words {
		key = append(key, uint32(w))
		if bitsPerWord == 64 {
			key = append(key, uint32(uint64(w)>>32))
		}
	}
	for len(key) > 1 && key[len(key)-1] == 0 {
		key = key[:len(key)-1]
	}
	if len(key) == 0 {
		key = []uint32{0}
	}
	s.initByArray(key)
}

// bitsPerWord is the size of a big.Word.
const bitsPerWord = 32 << (^uint(0) >> 63)

// getrandbits returns a non-negative int of k random bits.
func (s *mtState) getrandbits(k int) vm.Object {
	if k <= 32 {
		if k == 0 {
			return vm.Int(0)
		}
		return vm.Int(s.next() >> (32 - k))
	}
	if k <= 63 {
		lo := uint64(s.next())
		hi := uint64(s.next() >> (64 - k))
		return vm.Int(int64(hi<<32 | lo))
	}
	nwords := (k-1)/32 + 1
	buf := make([]byte, 4*nwords)
	for i := 0; i < nwords; i++ {
		r := s.next()
		if k < 32 {
			r >>= 32 - k
		}
		// big-endian buffer: word i (least significant first) goes last.
		binary.BigEndian.PutUint32(buf[4*(nwords-1-i):], r)
		k -= 32
	}
	return vm.NewInt(new(big.Int).SetBytes(buf))
}

// stateArg returns args[0] as a generator state.
func stateArg(args []vm.Object, name string, n int) (*mtState, error) {
	if len(args) != n {
		return nil, vm.Errorf(vm.TypeError, "_random.%s() takes %d arguments (%d given)", name, n, len(args))
	}
	s, ok := args[0].(*mtState)
	if !ok {
		return nil, vm.Errorf(vm.TypeError, "_random.%s() needs a generator state", name)
	}
	return s, nil
}

// bigOf converts a pyco int to a *big.Int.
func bigOf(o vm.Object) (*big.Int, bool) {
	switch x := o.(type) {
	case vm.Int:
		return big.NewInt(int64(x)), true
	case vm.Bool:
		if x {
			return big.NewInt(1), true
		}
		return big.NewInt(0), true
	case *vm.BigInt:
		return &x.V, true
	}
	return nil, false
}

// initModule fills the _random module.
func initModule(t *vm.Thread, m *vm.Module) error {
	m.SetAttrs(
		vm.NewBuiltin("new_state", func(t *vm.Thread, args []vm.Object, kw []string) (vm.Object, error) {
			s := &mtState{}
			s.initGenrand(5489)
			return s, nil
		}),
		// seed_int(state, n): seed from abs(n).
		vm.NewBuiltin("seed_int", func(t *vm.Thread, args []vm.Object, kw []string) (vm.Object, error) {
			s, err := stateArg(args, "seed_int", 2)
			if err != nil {
				return nil, err
			}
			n, ok := bigOf(args[1])
			if !ok {
				return nil, vm.Errorf(vm.TypeError, "seed_int() needs an int")
			}
			s.seedBig(n)
			return vm.None, nil
		}),
		// seed_bytes(state, b): seed from int.from_bytes(b + sha512(b)).
		vm.NewBuiltin("seed_bytes", func(t *vm.Thread, args []vm.Object, kw []string) (vm.Object, error) {
			s, err := stateArg(args, "seed_bytes", 2)
			if err != nil {
				return nil, err
			}
			b, ok := args[1].(*vm.Bytes)
			if !ok {
				return nil, vm.Errorf(vm.TypeError, "seed_bytes() needs bytes")
			}
			sum := sha512.Sum512(b.B)
			all := append(append([]byte{}, b.B...), sum[:]...)
			s.seedBig(new(big.Int).SetBytes(all))
			return vm.None, nil
		}),
		// seed_entropy(state): seed from the operating system's entropy.
		vm.NewBuiltin("seed_entropy", func(t *vm.Thread, args []vm.Object, kw []string) (vm.Object, error) {
			s, err := stateArg(args, "seed_entropy", 1)
			if err != nil {
				return nil, err
			}
			var buf [mtN * 4]byte
			if _, err := rand.Read(buf[:]); err != nil {
				return nil, vm.Errorf(vm.OSError, "%s", err.Error())
			}
			key := make([]uint32, mtN)
			for i := range key {
				key[i] = binary.LittleEndian.Uint32(buf[4*i:])
			}
			s.initByArray(key)
			return vm.None, nil
		}),
		vm.NewBuiltin("random", func(t *vm.Thread, args []vm.Object, kw []string) (vm.Object, error) {
			s, err := stateArg(args, "random", 1)
			if err != nil {
				return nil, err
			}
			return vm.Float(s.float53()), nil
		}),
		vm.NewBuiltin("getrandbits", func(t *vm.Thread, args []vm.Object, kw []string) (vm.Object, error) {
			s, err := stateArg(args, "getrandbits", 2)
			if err != nil {
				return nil, err
			}
			k, err := vm.AsIndex(t, args[1])
			if err != nil {
				return nil, err
			}
			if k < 0 {
				return nil, vm.Errorf(vm.ValueError, "number of bits must be non-negative")
			}
			return s.getrandbits(k), nil
		}),
		// getstate(state) -> tuple of the 624 words and the index.
		vm.NewBuiltin("getstate", func(t *vm.Thread, args []vm.Object, kw []string) (vm.Object, error) {
			s, err := stateArg(args, "getstate", 1)
			if err != nil {
				return nil, err
			}
			items := make([]vm.Object, mtN+1)
			for i, w := range s.mt {
				items[i] = vm.Int(w)
			}
			items[mtN] = vm.Int(s.idx)
			return vm.NewTuple(items), nil
		}),
		// setstate(state, tuple): the inverse of getstate.
		vm.NewBuiltin("setstate", func(t *vm.Thread, args []vm.Object, kw []string) (vm.Object, error) {
			s, err := stateArg(args, "setstate", 2)
			if err != nil {
				return nil, err
			}
			tup, ok := args[1].(*vm.Tuple)
			if !ok {
				return nil, vm.Errorf(vm.TypeError, "state vector must be a tuple")
			}
			if len(tup.Items) != mtN+1 {
				return nil, vm.Errorf(vm.ValueError, "state vector is the wrong size")
			}
			var mt [mtN]uint32
			for i := 0; i < mtN; i++ {
				n, ok := bigOf(tup.Items[i])
				if !ok {
					return nil, vm.Errorf(vm.TypeError, "'%s' object cannot be interpreted as an integer", vm.TypeName(tup.Items[i]))
				}
				mt[i] = uint32(new(big.Int).And(n, big.NewInt(0xffffffff)).Uint64())
			}
			idx, ok := vm.AsInt64(tup.Items[mtN])
			if !ok || idx < 0 || idx > mtN {
				return nil, vm.Errorf(vm.ValueError, "invalid state")
			}
			s.mt = mt
			s.idx = int(idx)
			return vm.None, nil
		}),
	)
	return nil
}
