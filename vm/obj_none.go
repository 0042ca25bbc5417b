package vm

// This file defines the slots of the singletons None, NotImplemented and
// Ellipsis (their Go types and values are declared in object.go).

// The interned reprs of the singletons.
var (
	strNone           = NewStr("None")
	strNotImplemented = NewStr("NotImplemented")
	strEllipsis       = NewStr("Ellipsis")
)

// singletonHash is the hash of the singletons: CPython derives it from the
// object's address; any fixed value keeps set and dict order deterministic.
func singletonHash(o Object) int64 {
	switch o.(type) {
	case *NoneType:
		return 0x6a8e0c9b1e0
	case *NotImplementedType:
		return 0x6a8e0c9b2c0
	}
	return 0x6a8e0c9b3a0
}

// singletonNew returns the constructor of a singleton type: NoneType()
// returns None and accepts no arguments.
func singletonNew(v Object) func(t *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
	return func(t *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
		if len(args) > 0 {
			return nil, Errorf(TypeError, "%s takes no arguments", cls.Name)
		}
		return v, nil
	}
}

func init() {
	NoneTypeType.Repr = func(t *Thread, o Object) (Object, error) { return strNone, nil }
	NoneTypeType.Bool = func(t *Thread, o Object) (bool, error) { return false, nil }
	NoneTypeType.Hash = func(t *Thread, o Object) (int64, error) { return singletonHash(o), nil }
	NoneTypeType.New = singletonNew(None)

	NotImplementedTypeType.Repr = func(t *Thread, o Object) (Object, error) { return strNotImplemented, nil }
	NotImplementedTypeType.Bool = func(t *Thread, o Object) (bool, error) { return true, nil }
	NotImplementedTypeType.Hash = func(t *Thread, o Object) (int64, error) { return singletonHash(o), nil }
	NotImplementedTypeType.New = singletonNew(NotImplemented)

	EllipsisTypeType.Repr = func(t *Thread, o Object) (Object, error) { return strEllipsis, nil }
	EllipsisTypeType.Bool = func(t *Thread, o Object) (bool, error) { return true, nil }
	EllipsisTypeType.Hash = func(t *Thread, o Object) (int64, error) { return singletonHash(o), nil }
	EllipsisTypeType.New = singletonNew(Ellipsis)
}
