//! An activity, packed: a journal holds them by the million, and each is 56
//! bytes with nothing on the heap in the usual case. Its ids are interned
//! numbers, its title and note are places in its file's text, and the places
//! of its date, ids and texts are held as short offsets from its header. What
//! few activities have (escaped texts, a third id, evidence, tags, a place
//! too far from the header) is boxed aside. Fields are read through methods,
//! and texts through [`Journal::title`](super::Journal::title) and
//! [`Journal::note`](super::Journal::note).

use chrono::NaiveDate;

use super::id::Id;
use super::journal::{Extras, Tag};
use super::span::{FileId, Loc, Sp, Span};
use super::text::Text;

/// A place near the activity's header: how far after the header's start it
/// starts, and its length. `FAR` means it is kept in the box.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Near<L> {
    from: u16,
    len: L,
}

impl<L: TryFrom<usize> + Into<usize> + Copy> Near<L> {
    const FAR_FROM: u16 = u16::MAX;

    /// `span`, as a place near `header`, if it is.
    fn of(span: &Span, header: usize) -> Option<Near<L>> {
        let from = u16::try_from(span.start.checked_sub(header)?).ok().filter(|&f| f != Self::FAR_FROM)?;
        Some(Near { from, len: L::try_from(span.end.checked_sub(span.start)?).ok()? })
    }

    fn span(self, header: usize) -> Span {
        let start = header + usize::from(self.from);
        start..start + self.len.into()
    }
}

/// Where a text of the activity is: bytes of its file near its header, or
/// (`Near::FAR_FROM` and a `len` of [`FAR`], [`BOXED`] or [`NONE`]) elsewhere.
type TextAt = Near<u16>;
/// The text is in the file, at the place kept in the box.
const FAR: u16 = 0;
/// The text is kept in the box (it is not written as is in the file).
const BOXED: u16 = 1;
/// There is no text (an activity without a note).
const NONE: u16 = 2;

impl TextAt {
    const fn aside(kind: u16) -> TextAt {
        Near { from: Near::<u16>::FAR_FROM, len: kind }
    }
}

/// What few activities have.
#[derive(Clone, Debug, PartialEq, Default)]
struct Rare {
    extras: Extras,
    /// Its ids after the inline ones (all of them when one of the first two
    /// is too far from the header to be held inline).
    ids: Vec<Sp<Id>>,
    title: Option<Box<str>>,
    note: Option<Box<str>>,
    /// Places too far from the header, or too long, to be held inline.
    far_date: Option<Loc>,
    far_title: Option<Loc>,
    far_note: Option<Loc>,
}

impl Rare {
    /// Whether it holds nothing (then no box is made). Every field is named,
    /// so that a new one cannot be forgotten here.
    fn is_empty(&self) -> bool {
        let Rare { extras: Extras { evidence, tags }, ids, title, note, far_date, far_title, far_note } = self;
        evidence.is_empty()
            && tags.is_empty()
            && ids.is_empty()
            && title.is_none()
            && note.is_none()
            && far_date.is_none()
            && far_title.is_none()
            && far_note.is_none()
    }
}

/// Something that happened and counts toward indicators.
#[derive(Clone, Debug, PartialEq)]
pub struct Activity {
    date: NaiveDate,
    pub amount: u32,
    /// Where the entry starts (its `[[activity]]` header).
    pub loc: Loc,
    /// Its first two ids; `len` says how many are inline.
    ids: [Id; 2],
    rare: Option<Box<Rare>>,
    title: TextAt,
    note: TextAt,
    /// Where its first two ids are written, near the header.
    id_from: [u16; 2],
    id_len: [u8; 2],
    /// Where its date is written, near the header (`FAR_FROM`: in the box).
    date_from: u16,
    date_len: u8,
    len: u8,
}

/// An activity's fields, to make one. Its ids are borrowed, so that a reader
/// can keep one buffer for all; they are copied only when more than two.
pub struct ActivityFields<'i> {
    pub date: Sp<NaiveDate>,
    pub title: Text,
    pub indicators: &'i [Sp<Id>],
    pub amount: u32,
    pub note: Option<Text>,
    pub evidence: Vec<Sp<String>>,
    pub tags: Vec<Tag>,
    /// Where the entry starts (its `[[activity]]` header).
    pub loc: Loc,
}

/// A text as the activity holds it: a place near the header, or aside in
/// the box (the text itself, or its place in the file when that is far).
fn text_at(text: Text, file: FileId, header: usize, boxed: &mut Option<Box<str>>, far: &mut Option<Loc>) -> TextAt {
    match text {
        Text::At { start, len } => {
            let span = start as usize..start as usize + len as usize;
            Near::of(&span, header).unwrap_or_else(|| {
                *far = Some(Loc::new(file, span));
                TextAt::aside(FAR)
            })
        }
        Text::Owned(text) => {
            *boxed = Some(text);
            TextAt::aside(BOXED)
        }
    }
}

/// The first two ids near the header, or `None` if one is not (then all go in the box).
fn near_ids(ids: &[Sp<Id>], header: usize) -> Option<[Near<u8>; 2]> {
    let near = |i: Option<&Sp<Id>>| i.map_or(Some(Near { from: 0, len: 0 }), |i| Near::of(&i.loc.span(), header));
    Some([near(ids.first())?, near(ids.get(1))?])
}

impl From<ActivityFields<'_>> for Activity {
    fn from(f: ActivityFields) -> Activity {
        let (file, header) = (f.loc.file, f.loc.span().start);
        let mut rare = Rare { extras: Extras { evidence: f.evidence, tags: f.tags }, ..Rare::default() };
        let title = text_at(f.title, file, header, &mut rare.title, &mut rare.far_title);
        let note = f.note.map_or(TextAt::aside(NONE), |n| text_at(n, file, header, &mut rare.note, &mut rare.far_note));
        let date = Near::<u8>::of(&f.date.loc.span(), header).unwrap_or_else(|| {
            rare.far_date = Some(f.date.loc);
            Near { from: Near::<u8>::FAR_FROM, len: 0 }
        });
        let near = near_ids(f.indicators, header);
        let len = if near.is_some() { f.indicators.len().min(2) } else { 0 };
        let [first, second] = near.unwrap_or([Near { from: 0, len: 0 }; 2]);
        // Lazily: an eager `Id::new("")` per activity once cost 8% of `check`.
        let id = |n: usize| f.indicators.get(n.min(len.saturating_sub(1))).map_or_else(|| Id::new(""), |i| i.value);
        let ids = [id(0), id(1)];
        rare.ids = f.indicators[len..].to_vec();
        Activity {
            date: f.date.value,
            amount: f.amount,
            loc: f.loc,
            ids,
            rare: (!rare.is_empty()).then(|| Box::new(rare)),
            title,
            note,
            id_from: [first.from, second.from],
            id_len: [first.len, second.len],
            date_from: date.from,
            date_len: date.len,
            len: len as u8,
        }
    }
}

impl Activity {
    fn header(&self) -> usize {
        self.loc.span().start
    }

    /// Its date, and where it is written.
    pub fn date(&self) -> Sp<NaiveDate> {
        let near = Near { from: self.date_from, len: self.date_len };
        let loc = match self.rare.as_deref().and_then(|r| r.far_date) {
            Some(far) if self.date_from == Near::<u8>::FAR_FROM => far,
            _ => Loc::new(self.loc.file, near.span(self.header())),
        };
        Sp { value: self.date, loc }
    }

    /// The ids it counts toward, in the order written, each with its place.
    pub fn indicators(&self) -> impl Iterator<Item = Sp<Id>> + Clone + '_ {
        let (file, header) = (self.loc.file, self.header());
        let inline = (0..usize::from(self.len)).map(move |n| {
            let near = Near { from: self.id_from[n], len: self.id_len[n] };
            Sp { value: self.ids[n], loc: Loc::new(file, near.span(header)) }
        });
        inline.chain(self.rare.iter().flat_map(|r| r.ids.iter().copied()))
    }

    /// Its title, given its file's text.
    pub fn title<'a>(&'a self, file: &'a str) -> &'a str {
        self.text(self.title, file, |r| (r.title.as_deref(), r.far_title)).unwrap_or_default()
    }

    /// Its note, given its file's text.
    pub fn note<'a>(&'a self, file: &'a str) -> Option<&'a str> {
        self.text(self.note, file, |r| (r.note.as_deref(), r.far_note))
    }

    fn text<'a>(
        &'a self,
        at: TextAt,
        file: &'a str,
        aside: fn(&'a Rare) -> (Option<&'a str>, Option<Loc>),
    ) -> Option<&'a str> {
        if at.from != Near::<u16>::FAR_FROM {
            return Some(file.get(at.span(self.header())).unwrap_or_default());
        }
        let (boxed, far) = self.rare.as_deref().map_or((None, None), aside);
        match at.len {
            FAR => Some(far.and_then(|loc| file.get(loc.span())).unwrap_or_default()),
            BOXED => boxed,
            _ => None,
        }
    }

    /// Its evidence, if any.
    pub fn evidence(&self) -> &[Sp<String>] {
        self.rare.as_deref().map_or(&[], |r| &r.extras.evidence)
    }

    /// Its tags, if any.
    pub fn tags(&self) -> &[Tag] {
        self.rare.as_deref().map_or(&[], |r| &r.extras.tags)
    }

    /// The file it is in.
    pub fn file(&self) -> FileId {
        self.loc.file
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sp<T>(value: T, at: usize) -> Sp<T> {
        Sp { value, loc: Loc::new(FileId(3), at..at + 5) }
    }

    /// Ids named `names`, written 10 bytes apart from byte 40.
    fn ids(names: &[&str]) -> Vec<Sp<Id>> {
        names.iter().enumerate().map(|(i, id)| sp(Id::new(id), 40 + 10 * i)).collect()
    }

    fn fields<'i>(ids: &'i [Sp<Id>], title: Text, note: Option<Text>) -> ActivityFields<'i> {
        ActivityFields {
            date: sp(NaiveDate::from_ymd_opt(2019, 3, 1).unwrap(), 20),
            title,
            indicators: ids,
            amount: 2,
            note,
            evidence: Vec::new(),
            tags: Vec::new(),
            loc: Loc::new(FileId(3), 0..12),
        }
    }

    #[test]
    fn an_activity_gives_back_what_it_was_made_of() {
        let text = "0123456789Rencontre";
        for n in 0..5 {
            let names: Vec<String> = (0..n).map(|i| format!("test-act-{i}")).collect();
            let expected = ids(&names.iter().map(String::as_str).collect::<Vec<_>>());
            let a = Activity::from(fields(&expected, Text::At { start: 10, len: 9 }, None));
            assert_eq!(a.indicators().collect::<Vec<_>>(), expected);
            assert_eq!(a.rare.is_some(), n > 2);
            assert_eq!(a.title(text), "Rencontre");
            assert_eq!(a.note(text), None);
            assert_eq!(a.date().value, NaiveDate::from_ymd_opt(2019, 3, 1).unwrap());
            assert_eq!(a.date().loc, Loc::new(FileId(3), 20..25));
            assert_eq!(a.amount, 2);
        }
        let x = ids(&["x"]);
        let a = Activity::from(fields(&x, Text::owned("a\tb"), Some(Text::owned("n"))));
        assert_eq!((a.title(text), a.note(text)), ("a\tb", Some("n")));
        let a = Activity::from(fields(&x, Text::At { start: 0, len: 4 }, Some(Text::At { start: 4, len: 0 })));
        assert_eq!((a.title(text), a.note(text)), ("0123", Some("")));
        assert!(a.rare.is_none());
        let a = Activity::from(fields(&x, Text::At { start: 90, len: 4 }, None));
        assert_eq!(a.title(text), "", "a place outside the text reads as nothing, without a panic");
    }

    /// Places that do not fit beside the header (too far after it, before it,
    /// too long) are kept in the box, and given back the same.
    #[test]
    fn places_far_from_the_header_are_kept_aside() {
        let text = format!("{}Loin{}", "x".repeat(70_000), "y".repeat(400));
        let far = Text::At { start: 70_000, len: 4 };
        let sp = |at: usize, len: usize| Loc::new(FileId(3), at..at + len);
        let long_id = "z".repeat(300);
        type Change<'c> = Box<dyn Fn(&mut ActivityFields) + 'c>;
        type IdChange<'c> = Box<dyn Fn(&mut Vec<Sp<Id>>) + 'c>;
        let (ids_as_made, fields_as_made) = (|| -> IdChange { Box::new(|_| {}) }, || -> Change { Box::new(|_| {}) });
        let cases: [(&str, IdChange, Change); 6] = [
            ("a far title and note", ids_as_made(), Box::new(|f| (f.title, f.note) = (far.clone(), Some(far.clone())))),
            ("a far date", ids_as_made(), Box::new(|f| f.date.loc = sp(70_000, 10))),
            ("a far second id", Box::new(|i| i[1].loc = sp(70_000, 5)), fields_as_made()),
            (
                "a first id too long",
                Box::new(|i| i[0] = Sp { value: Id::new(&long_id), loc: sp(40, 300) }),
                fields_as_made(),
            ),
            ("a date before the header", ids_as_made(), Box::new(|f| f.loc = sp(30, 12))),
            ("a header far in the file", ids_as_made(), Box::new(|f| f.loc = sp(69_990, 12))),
        ];
        for (case, change_ids, change) in cases {
            let mut made_ids = ids(&["a", "b", "c"]);
            change_ids(&mut made_ids);
            let mut made = fields(&made_ids, Text::At { start: 10, len: 9 }, None);
            change(&mut made);
            let (date, title, note) = (made.date, made.title.clone(), made.note.clone());
            let a = Activity::from(made);
            assert_eq!(a.date(), date, "{case}");
            assert_eq!(a.indicators().collect::<Vec<_>>(), made_ids, "{case}");
            let read = |t: Text| match t {
                Text::At { start, len } => text[start as usize..(start + len) as usize].to_string(),
                Text::Owned(t) => t.into(),
            };
            assert_eq!(a.title(&text), read(title), "{case}");
            assert_eq!(a.note(&text).map(str::to_string), note.map(read), "{case}");
        }
    }

    #[test]
    fn an_activity_is_56_bytes() {
        assert_eq!(std::mem::size_of::<Activity>(), 56);
    }
}
