//! An activity, packed: a journal holds them by the million, and each is 80
//! bytes with nothing on the heap in the usual case. Its ids are interned
//! numbers with their places, its title and note are places in its file's
//! text, and what few activities have (escaped texts, a third id, evidence,
//! tags) is boxed aside. Fields are read through methods, and texts through
//! [`Journal::title`](super::Journal::title) and
//! [`Journal::note`](super::Journal::note).

use chrono::NaiveDate;

use super::id::Id;
use super::journal::{Extras, Tag};
use super::span::{FileId, Loc, Sp};
use super::text::Text;

/// An id of an activity, with its place in the activity's file.
#[derive(Clone, Copy, Debug, PartialEq)]
struct IdAt {
    id: Id,
    start: u32,
    end: u32,
}

/// Where a text of the activity is: bytes of its file, in its box, or absent.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Place {
    start: u32,
    len: u32,
}

impl Place {
    /// No text (an activity without a note).
    const NONE: Place = Place { start: u32::MAX, len: 0 };
    /// A text kept in the activity's box (it is not written as is in the file).
    const BOXED: Place = Place { start: u32::MAX, len: 1 };

    fn in_file(self) -> Option<std::ops::Range<usize>> {
        (self.start != u32::MAX).then(|| self.start as usize..self.start as usize + self.len as usize)
    }
}

/// What few activities have.
#[derive(Clone, Debug, PartialEq, Default)]
struct Rare {
    extras: Extras,
    /// Its ids after the second.
    ids: Vec<Sp<Id>>,
    title: Option<Box<str>>,
    note: Option<Box<str>>,
}

/// Something that happened and counts toward indicators.
#[derive(Clone, Debug, PartialEq)]
pub struct Activity {
    date: NaiveDate,
    date_start: u32,
    date_end: u32,
    pub amount: u32,
    /// Where the entry starts (its `[[activity]]` header).
    pub loc: Loc,
    title: Place,
    note: Place,
    /// Its first two ids; `len` says how many are used.
    ids: [IdAt; 2],
    len: u8,
    rare: Option<Box<Rare>>,
}

/// An activity's fields, to make one.
pub struct ActivityFields {
    pub date: Sp<NaiveDate>,
    pub title: Text,
    pub indicators: Vec<Sp<Id>>,
    pub amount: u32,
    pub note: Option<Text>,
    pub evidence: Vec<Sp<String>>,
    pub tags: Vec<Tag>,
    /// Where the entry starts (its `[[activity]]` header).
    pub loc: Loc,
}

/// A place in the activity's file, or the text in the box.
fn place(text: Text, boxed: &mut Option<Box<str>>) -> Place {
    match text {
        Text::At { start, len } => Place { start, len },
        Text::Owned(text) => {
            *boxed = Some(text);
            Place::BOXED
        }
    }
}

impl From<ActivityFields> for Activity {
    fn from(f: ActivityFields) -> Activity {
        let mut rare = Rare { extras: Extras { evidence: f.evidence, tags: f.tags }, ..Rare::default() };
        let title = place(f.title, &mut rare.title);
        let note = f.note.map_or(Place::NONE, |note| place(note, &mut rare.note));
        let at = |i: &Sp<Id>| IdAt { id: i.value, start: i.loc.span().start as u32, end: i.loc.span().end as u32 };
        let len = f.indicators.len().min(2);
        let first = f.indicators.first().map_or_else(|| IdAt { id: Id::new(""), start: 0, end: 0 }, at);
        let ids = [first, f.indicators.get(1).map_or(first, at)];
        rare.ids = f.indicators.into_iter().skip(2).collect();
        let date = &f.date.loc.span();
        Activity {
            date: f.date.value,
            date_start: date.start as u32,
            date_end: date.end as u32,
            amount: f.amount,
            loc: f.loc,
            title,
            note,
            ids,
            len: len as u8,
            rare: (rare != Rare::default()).then(|| Box::new(rare)),
        }
    }
}

impl Activity {
    /// Its date, and where it is written.
    pub fn date(&self) -> Sp<NaiveDate> {
        let span = self.date_start as usize..self.date_end as usize;
        Sp { value: self.date, loc: Loc::new(self.loc.file, span) }
    }

    /// The ids it counts toward, in the order written, each with its place.
    pub fn indicators(&self) -> impl Iterator<Item = Sp<Id>> + Clone + '_ {
        let file = self.loc.file;
        let inline = self.ids[..usize::from(self.len)].iter().map(move |i| i.sp(file));
        inline.chain(self.rare.iter().flat_map(|r| r.ids.iter().copied()))
    }

    /// Its title, given its file's text.
    pub fn title<'a>(&'a self, file: &'a str) -> &'a str {
        self.text(self.title, file, |r| r.title.as_deref()).unwrap_or_default()
    }

    /// Its note, given its file's text.
    pub fn note<'a>(&'a self, file: &'a str) -> Option<&'a str> {
        self.text(self.note, file, |r| r.note.as_deref())
    }

    fn text<'a>(&'a self, place: Place, file: &'a str, boxed: fn(&'a Rare) -> Option<&'a str>) -> Option<&'a str> {
        match place.in_file() {
            Some(range) => Some(file.get(range).unwrap_or_default()),
            None if place == Place::BOXED => self.rare.as_deref().and_then(boxed),
            None => None,
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

impl IdAt {
    fn sp(&self, file: FileId) -> Sp<Id> {
        Sp { value: self.id, loc: Loc::new(file, self.start as usize..self.end as usize) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(ids: &[&str], title: Text, note: Option<Text>) -> ActivityFields {
        let file = FileId(3);
        fn sp<T>(value: T, at: usize) -> Sp<T> {
            Sp { value, loc: Loc::new(FileId(3), at..at + 5) }
        }
        ActivityFields {
            date: sp(NaiveDate::from_ymd_opt(2019, 3, 1).unwrap(), 20),
            title,
            indicators: ids.iter().enumerate().map(|(i, id)| sp(Id::new(id), 40 + 10 * i)).collect(),
            amount: 2,
            note,
            evidence: Vec::new(),
            tags: Vec::new(),
            loc: Loc::new(file, 0..12),
        }
    }

    #[test]
    fn an_activity_gives_back_what_it_was_made_of() {
        let text = "0123456789Rencontre";
        for n in 0..5 {
            let names: Vec<String> = (0..n).map(|i| format!("test-act-{i}")).collect();
            let ids: Vec<&str> = names.iter().map(String::as_str).collect();
            let made = fields(&ids, Text::At { start: 10, len: 9 }, None);
            let expected: Vec<Sp<Id>> = made.indicators.clone();
            let a = Activity::from(made);
            assert_eq!(a.indicators().collect::<Vec<_>>(), expected);
            assert_eq!(a.rare.is_some(), n > 2);
            assert_eq!(a.title(text), "Rencontre");
            assert_eq!(a.note(text), None);
            assert_eq!(a.date().value, NaiveDate::from_ymd_opt(2019, 3, 1).unwrap());
            assert_eq!(a.date().loc, Loc::new(FileId(3), 20..25));
            assert_eq!(a.amount, 2);
        }
        let a = Activity::from(fields(&["x"], Text::owned("a\tb"), Some(Text::owned("n"))));
        assert_eq!((a.title(text), a.note(text)), ("a\tb", Some("n")));
        let a = Activity::from(fields(&["x"], Text::At { start: 0, len: 4 }, Some(Text::At { start: 4, len: 0 })));
        assert_eq!((a.title(text), a.note(text)), ("0123", Some("")));
        assert!(a.rare.is_none());
        let a = Activity::from(fields(&["x"], Text::At { start: 90, len: 4 }, None));
        assert_eq!(a.title(text), "", "a place outside the text reads as nothing, without a panic");
    }

    #[test]
    fn an_activity_is_80_bytes() {
        assert_eq!(std::mem::size_of::<Activity>(), 80);
    }
}
