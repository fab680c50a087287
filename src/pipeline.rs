//! Runs a per-document function over every document of every input on a
//! pool of threads, delivering results in input order.
//!
//! One reader thread walks the inputs (all I/O happens there, in order);
//! workers run the pure per-document stage; the caller's thread receives
//! results in the order the documents were read, so output is deterministic
//! whatever the number of jobs. Channels are bounded: memory stays flat on
//! inputs of any size.

use std::collections::BTreeMap;
use std::sync::mpsc;
use std::sync::{Condvar, Mutex};

use gazette_input::{read_source, InputError, ReadOptions, Source};
use gazette_model::RawDocument;

/// Reads every source and applies `stage` to each document with `jobs`
/// threads; calls `emit` with each outcome in input order.
pub fn run<T, F, E>(sources: &[Source], opts: &ReadOptions, jobs: usize, stage: F, mut emit: E)
where
    T: Send,
    F: Fn(RawDocument) -> T + Sync,
    E: FnMut(Result<T, InputError>),
{
    if jobs <= 1 {
        for s in sources {
            read_source(s, opts, &mut |r| emit(r.map(&stage)));
        }
        return;
    }
    let (doc_tx, doc_rx) = mpsc::sync_channel::<(usize, RawDocument)>(jobs * 4);
    let (out_tx, out_rx) = mpsc::sync_channel::<(usize, Result<T, InputError>)>(jobs * 4);
    let doc_rx = Mutex::new(doc_rx);
    // How many results have been emitted: the reader stays at most `window`
    // documents ahead of it, so one slow document cannot make the reorder
    // buffer grow without bound.
    let window = jobs * 16;
    let emitted = (Mutex::new(0usize), Condvar::new());
    std::thread::scope(|scope| {
        let reader_out = out_tx.clone();
        let emitted = &emitted;
        scope.spawn(move || {
            let mut seq = 0usize;
            for s in sources {
                read_source(s, opts, &mut |r| {
                    let n = seq;
                    seq += 1;
                    let (lock, cvar) = emitted;
                    if let Ok(mut done) = lock.lock() {
                        while n >= *done + window {
                            done = match cvar.wait(done) {
                                Ok(d) => d,
                                Err(_) => return,
                            };
                        }
                    }
                    // A send fails only when the receiver is gone, i.e. the
                    // run is shutting down; nothing is left to do then.
                    let _ = match r {
                        Ok(doc) => doc_tx.send((n, doc)).map_err(drop),
                        Err(e) => reader_out.send((n, Err(e))).map_err(drop),
                    };
                });
            }
        });
        for _ in 0..jobs {
            let out = out_tx.clone();
            let rx = &doc_rx;
            let stage = &stage;
            scope.spawn(move || loop {
                let next = match rx.lock() {
                    Ok(guard) => guard.recv(),
                    Err(_) => return,
                };
                match next {
                    Ok((n, doc)) => {
                        if out.send((n, Ok(stage(doc)))).is_err() {
                            return;
                        }
                    }
                    Err(_) => return,
                }
            });
        }
        drop(out_tx);
        let mut pending = BTreeMap::new();
        let mut next = 0usize;
        for (n, r) in out_rx {
            pending.insert(n, r);
            while let Some(r) = pending.remove(&next) {
                emit(r);
                next += 1;
            }
            let (lock, cvar) = &emitted;
            if let Ok(mut done) = lock.lock() {
                *done = next;
                cvar.notify_all();
            }
        }
    });
}
