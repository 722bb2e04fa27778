//! The ids an activity names, interned: an activity holds each as a 4-byte
//! number, and a table per indicator is indexed by it instead of hashed.
//!
//! The names live for the whole process (a plan names a few dozen ids; a
//! journal full of distinct wrong ids holds no more than its own text).

use std::cell::RefCell;
use std::fmt;
use std::ops::Deref;
use std::sync::{OnceLock, PoisonError, RwLock};

use super::hash::FxMap;

/// An id as a journal names it (known to the plan or not).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Id(u32);

/// The number of every name interned so far, taken to intern one.
static NUMBERS: RwLock<Option<FxMap<&'static str, u32>>> = RwLock::new(None);

/// The name of each number, read with no lock: slot `n` is in segment
/// `log2(n + 1)`, of `2^k` slots each, made when first needed.
static NAMES: [OnceLock<Box<[OnceLock<&'static str>]>>; 32] = [const { OnceLock::new() }; 32];

/// The slot of number `n`.
fn slot(n: u32) -> &'static OnceLock<&'static str> {
    let k = (u64::from(n) + 1).ilog2();
    let segment = NAMES[k as usize].get_or_init(|| (0..1usize << k).map(|_| OnceLock::new()).collect());
    &segment[(u64::from(n) + 1 - (1 << k)) as usize]
}

thread_local! {
    /// The names this thread has met: a worker reading a million entries takes
    /// the shared lock once per distinct id, not once per entry.
    static MET: RefCell<FxMap<Box<str>, Id>> = RefCell::new(FxMap::default());
}

impl Id {
    /// The id named `name`, interned on first sight.
    pub fn new(name: &str) -> Id {
        if let Some(id) = MET.with_borrow(|met| met.get(name).copied()) {
            return id;
        }
        let id = Id::find(name).unwrap_or_else(|| Id::intern(name));
        MET.with_borrow_mut(|met| met.insert(name.into(), id));
        id
    }

    fn intern(name: &str) -> Id {
        let mut numbers = NUMBERS.write().unwrap_or_else(PoisonError::into_inner);
        let numbers = numbers.get_or_insert_with(FxMap::default);
        if let Some(&n) = numbers.get(name) {
            return Id(n);
        }
        // Past 4 billion distinct names, the last number is shared: no panic.
        let n = u32::try_from(numbers.len()).unwrap_or(u32::MAX - 1);
        let name: &'static str = Box::leak(name.into());
        let _ = slot(n).set(name);
        numbers.insert(name, n);
        Id(n)
    }

    /// The id named `name`, if some journal named it.
    pub fn find(name: &str) -> Option<Id> {
        let numbers = NUMBERS.read().unwrap_or_else(PoisonError::into_inner);
        numbers.as_ref()?.get(name).map(|&n| Id(n))
    }

    pub fn as_str(self) -> &'static str {
        slot(self.0).get().copied().unwrap_or_default()
    }

    /// Its number: an index for a table per id.
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

impl Deref for Id {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Debug for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_is_its_name_and_the_same_name_the_same_id() {
        let a = Id::new("test-1.1.1a");
        assert_eq!(a.as_str(), "test-1.1.1a");
        assert_eq!(Id::new("test-1.1.1a"), a);
        assert_eq!(std::thread::spawn(|| Id::new("test-1.1.1a")).join().unwrap(), a);
        assert_ne!(Id::new("test-1.1.1b"), a);
        assert_eq!(Id::find("test-1.1.1b"), Some(Id::new("test-1.1.1b")));
        assert_eq!(Id::find("test-never-named"), None);
        assert_eq!(format!("{a} {a:?}"), "test-1.1.1a \"test-1.1.1a\"");
    }
}
