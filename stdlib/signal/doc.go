// Package signal implements Python's signal module as far as asyncio
// programs need it: the signal numbers (Signals, an int subclass with
// names, and the SIG* constants), SIG_DFL/SIG_IGN, default_int_handler,
// and getsignal/signal that record Python-level handlers.
//
// Delivery of signals is not done here: cmd/pyco turns SIGINT into the
// interpreter's pending KeyboardInterrupt, and asyncio's
// loop.add_signal_handler watches signals through its event loop engine.
// signal.signal only records the handler (so getsignal reports it); it
// does not install an OS handler.
package signal
