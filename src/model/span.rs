//! Where a value was written: every value read from a file keeps its place, so
//! that any later check can point at it.

use std::ops::Range;

/// Byte offsets into a file's text.
pub type Span = Range<usize>;

/// Which loaded file a location is in (an index into the source map).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileId(pub u32);

/// A place in a loaded file: 12 bytes, as every value read keeps one. Offsets
/// past 4 GiB (a file no one writes by hand) are held as the largest offset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Loc {
    pub file: FileId,
    start: u32,
    end: u32,
}

/// An offset as a `Loc` holds it.
fn narrow(offset: usize) -> u32 {
    u32::try_from(offset).unwrap_or(u32::MAX)
}

impl Loc {
    /// A place in no file, for values typed on the command line.
    pub const NOWHERE: Loc = Loc { file: FileId(u32::MAX), start: 0, end: 0 };

    pub fn new(file: FileId, span: Span) -> Loc {
        Loc { file, start: narrow(span.start), end: narrow(span.end) }
    }

    /// The byte offsets it covers.
    pub fn span(&self) -> Span {
        self.start as usize..self.end as usize
    }
}

/// A value and where it was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sp<T> {
    pub value: T,
    pub loc: Loc,
}

impl<T> Sp<T> {
    /// A value typed on the command line, which has no place in a file.
    pub fn nowhere(value: T) -> Sp<T> {
        Sp { value, loc: Loc::NOWHERE }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_is_small_and_holds_offsets_past_4_gib_as_the_largest() {
        assert_eq!(std::mem::size_of::<Loc>(), 12);
        assert_eq!(Loc::new(FileId(1), 3..7).span(), 3..7);
        let far = 1usize << 33;
        assert_eq!(Loc::new(FileId(1), 3..far).span(), 3..u32::MAX as usize);
    }
}
