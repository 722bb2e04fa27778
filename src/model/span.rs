//! Where a value was written: every value read from a file keeps its place, so
//! that any later check can point at it.

use std::ops::Range;

/// Byte offsets into a file's text.
pub type Span = Range<usize>;

/// Which loaded file a location is in (an index into the source map).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileId(pub u32);

/// A place in a loaded file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loc {
    pub file: FileId,
    pub span: Span,
}

impl Loc {
    /// A place in no file, for values typed on the command line.
    pub const NOWHERE: Loc = Loc { file: FileId(u32::MAX), span: 0..0 };
}

/// A value and where it was written.
#[derive(Clone, Debug, PartialEq, Eq)]
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
