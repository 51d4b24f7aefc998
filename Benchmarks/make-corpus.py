#!/usr/bin/env python3
"""Builds a deterministic, realistic evidence tree ("data dukung") for benchmarking bukti.

usage: Benchmarks/make-corpus.py N ROOT [--seed S]

ROOT/<OPD>/<innovation>/[Anggaran|Dokumentasi|...]/<file> — the `bukti audit --depth 2` layout — with N
evidence files (8-15 per innovation) plus ROOT/manifest.csv (nama inovasi, folder, opd, tahapan). The
bytes come from Samples/ and a selection of test fixtures (Tests/BuktiFormatsTests/Fixtures: legacy
.doc/.xls/.ppt, ODT/ODS/ODP, PPTX, HEIC, WebP, TIFF scans, MOV, image-only scanned PDFs, encrypted
PDFs...), in the mix an office's drive holds: mostly PDFs (many of them scans), DOCX/XLSX, some legacy
Office, photos, screenshots, a few videos. Names are the ones offices use ("SK Bupati ... 2024.pdf",
"scan_0012.pdf", "IMG_20240312_101522.jpg", "DPA 2025 final revisi.xlsx"), years and mtimes vary.

Every file has distinct content, made so that the format stays valid: a comment after a PDF's %%EOF,
bytes after a JPEG's EOI, a tEXt chunk before a PNG's IEND, a `free` box after an MP4/MOV/HEIC, an
unknown chunk in a WebP, a sector after an OLE2 (.doc/.xls/.ppt) file, bytes after a TIFF/GIF, and
DOCX/XLSX/PPTX/ODF rewritten with a new title and dates in docProps/core.xml or meta.xml. Deliberate
exceptions: ~1% of files are byte-identical copies of another file (the same SK in several folders),
and the zero-byte files among the ~1% broken ones (truncated, zero-byte, wrong extension, corrupt ZIP,
password-protected, damaged PDF).

Deterministic: the same N and seed give a byte-identical tree (names, contents, sizes, file and
folder mtimes), on any machine with the same Samples/ and fixtures (Python 3 stdlib, zlib deflate).
Prints the mix (files per kind) to stderr.
"""
import argparse
import hashlib
import io
import os
import random
import re
import struct
import sys
import zipfile
import zlib
from datetime import datetime, timezone

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
S = "Samples/"
SIP = S + "SIPANDU - Sistem Informasi Posyandu Terpadu/"
F = "Tests/BuktiFormatsTests/Fixtures/"

# Source files per role. A role is a kind of evidence document as offices keep it; each generated
# file takes its bytes from one source of its role and its name from one of the role's name patterns.
SOURCES = {
    "sk": [SIP + "SK Bupati Penetapan Inovasi Daerah 2024.pdf", S + "e-Retribusi Pasar/SK Penetapan Inovasi 2024.pdf",
           S + "Sekolah Ramah Anak/SK Sekolah Ramah Anak.pdf", F + "pdf/lo-sk-bupati.pdf", F + "pdf/lo-sk-tim-pdfa.pdf",
           F + "pdf/qpdf-linearized.pdf", F + "pdf/qpdf-object-streams.pdf", F + "pdf/gs-pdf14.pdf",
           F + "pdf-text/sk.pdf", S + "Lapor Cepat (LAPCEP)/IMG_20240112_0001.pdf"],
    "scan": [S + "Kampung KB Digital/SK Bupati Kampung KB Digital (scan).pdf", F + "pdf/scan-sk-bupati.pdf",
             F + "pdf/scan-laporan-3-halaman.pdf", F + "pdf-text/scanned.pdf"],
    "sop": [SIP + "SOP Pelayanan SIPANDU.pdf", S + "Kampung KB Digital/SOP Layanan Kampung KB Digital.pdf",
            S + "Pojok Baca Desa/SOP Pojok Baca Desa.pdf", S + "Sekolah Ramah Anak/SOP Penanganan Pengaduan Kekerasan.pdf",
            F + "pdf/lo-sop-posyandu.pdf", S + "Si-Jempol Kecamatan/SOP Si-Jempol (terkunci).pdf"],
    "dpa": [SIP + "Anggaran/DPA Dinkes 2022.pdf", SIP + "Anggaran/DPA Dinkes 2023.pdf", SIP + "Anggaran/DPA Dinkes 2024.pdf",
            S + "Lapor Cepat (LAPCEP)/DPA Diskominfo 2024.pdf", S + "Pojok Baca Desa/DPA Dispusip 2024.pdf",
            S + "Sekolah Ramah Anak/DPA Disdik 2024.pdf", S + "Si-Jempol Kecamatan/DPA Kecamatan Sukamaju 2024.pdf",
            S + "Kampung KB Digital/RKA-SKPD DPPKB 2024.pdf", F + "pdf/lo-dpa-dinkes.pdf"],
    "report": [SIP + "Laporan Monev SIPANDU Semester II 2023.pdf", SIP + "Profil dan Tahapan Inovasi SIPANDU.pdf",
               SIP + "Rekap Pengaduan SIPANDU 2023.pdf", SIP + "Buku Panduan Aplikasi SIPANDU.pdf",
               SIP + "Daftar Penerima Manfaat SIPANDU 2023.pdf", SIP + "PKS Replikasi SIPANDU - Kab Sukamakmur.pdf",
               SIP + "Surat Tugas Tim SIPANDU.pdf", S + "Si-Jempol Kecamatan/Undangan Rakor Si-Jempol.pdf",
               SIP + "Perencanaan/RKPD 2022 (kutipan).pdf", SIP + "Perencanaan/RKPD 2023 (kutipan).pdf",
               SIP + "Perencanaan/RKPD 2024 (kutipan).pdf", F + "pdf/lo-laporan-5-halaman.pdf",
               F + "pdf/lo-nota-dinas.pdf", F + "pdf-text/mixed.pdf", F + "pdf/qpdf-aes-128.pdf",
               F + "pdf/incremental-3-sections.pdf", F + "pdf/exiftool-edited-twice.pdf"],
    "docx": [S + "e-Retribusi Pasar/Dokumen1.docx", F + "office/sop.docx"],
    "xlsx": [S + "e-Retribusi Pasar/DPA 2024.xlsx", F + "office/dpa.xlsx", F + "office/dpa-bigsheet.xlsx"],
    "pptx": [F + "office/paparan.pptx"],
    "odt": [F + "office/sop.odt"],
    "ods": [F + "office/dpa.ods"],
    "odp": [F + "office/paparan.odp"],
    "doc": [S + "e-Retribusi Pasar/SK Tim Pelaksana e-Retribusi 2024.doc", F + "legacy/sk-tim-inovasi.doc"],
    "xls": [F + "legacy/dpa-2023.xls"],
    "ppt": [F + "legacy/paparan-inovasi.ppt"],
    "photo": [SIP + "Dokumentasi/IMG20240213091522.jpg", SIP + "Dokumentasi/IMG20240213093047.jpg",
              S + "Pojok Baca Desa/Foto Pojok Baca Balai Desa.jpg", S + "Si-Jempol Kecamatan/Foto Jemput Bola Desa Mekarsari.jpg",
              S + "e-Retribusi Pasar/Foto Sosialisasi e-Retribusi.jpg", F + "media/phone.jpg", F + "media/motorola.jpg",
              F + "media/progressive.jpg", F + "media/plain.jpg"],
    "heic": [F + "media/phone.heic"],
    "screenshot": [SIP + "Dokumentasi/Screenshot_20240305-101530.png", SIP + "Dokumentasi/Screenshot_20240305-101602.png",
                   S + "Kampung KB Digital/Screenshot_20240304-141210.png", S + "Lapor Cepat (LAPCEP)/Tangkapan Layar LAPCEP.png",
                   F + "media/screenshot.png", F + "media/phone-screen.png", F + "media/spectacle.png",
                   F + "media/xmp-screenshot.png", F + "media/xmp-screenshot.jpg"],
    "webp": [F + "media/lossy.webp", F + "media/comment-screenshot.webp"],
    "tiff": [F + "media/scan.tif"],
    "video": [SIP + "Video Profil SIPANDU.mp4", S + "Pojok Baca Desa/Video Pojok Baca Desa.mp4", F + "media/clip.mp4",
              F + "media/rotated.mp4", F + "media/clip.mov", F + "media/iphone.mov", F + "media/long.mp4"],
    # Sources of the broken files (see broken()).
    "locked": [F + "pdf/qpdf-password-aes-256.pdf", F + "pdf-crypt/user-password-r6.pdf",
               F + "legacy/nota-terkunci.doc", F + "legacy/sk-terkunci.docx", F + "legacy/anggaran-terkunci.xls"],
    "damaged": [F + "pdf/damaged-bad-startxref.pdf", F + "pdf/damaged-shifted-offsets.pdf", F + "pdf/damaged-truncated-60.pdf"],
}

# Share of files per role after each innovation's core documents (weights, not percentages).
FILL = [("report", 14), ("scan", 14), ("sk", 5), ("sop", 3), ("dpa", 6), ("docx", 6), ("xlsx", 5), ("pptx", 0.5),
        ("odt", 0.4), ("ods", 0.4), ("odp", 0.2), ("doc", 1.5), ("xls", 1.5), ("ppt", 0.7), ("photo", 16), ("heic", 1.5), ("screenshot", 9),
        ("webp", 0.7), ("tiff", 1.2), ("video", 2)]

# Names per role; {fields} are filled per file (see name_fields()).
NAMES = {
    "sk": ["SK Bupati {name} {year}.pdf", "SK Bupati Penetapan Inovasi Daerah {year}.pdf", "SK Penetapan Inovasi {acr} {year}.pdf",
           "SK Tim Pelaksana {acr} {year}.pdf", "SK Kepala {opdshort} {acr} {year}.pdf", "Keputusan Bupati No {num} Tahun {year}.pdf",
           "SK {acr} ttd.pdf", "SK Inovasi {year} final.pdf"],
    "scan": ["scan_{n4}.pdf", "Scan_{date}.pdf", "IMG_{date}_{n4}.pdf", "SK Bupati {acr} (scan).pdf", "SK {acr} {year} scan.pdf",
             "CamScanner {dated} {time}.pdf", "Doc{n2}.pdf", "Surat Tugas {acr} scan.pdf", "Laporan {acr} {year} (scan).pdf",
             "{n4}.pdf"],
    "sop": ["SOP Pelayanan {acr}.pdf", "SOP {name}.pdf", "SOP {acr} {year}.pdf", "Standar Operasional Prosedur {acr}.pdf",
            "SOP {acr} revisi.pdf"],
    "dpa": ["DPA {opdshort} {year}.pdf", "DPA {year}.pdf", "DPA {acr} {year} final.pdf", "RKA-SKPD {opdshort} {year}.pdf",
            "DPPA {opdshort} {year}.pdf"],
    "report": ["Laporan Monev {acr} Semester {sem} {year}.pdf", "Profil Inovasi {acr}.pdf", "Rekap Pengaduan {acr} {year}.pdf",
               "Buku Panduan Aplikasi {acr}.pdf", "Daftar Penerima Manfaat {acr} {year}.pdf", "PKS Replikasi {acr} - Kab {place}.pdf",
               "Surat Tugas Tim {acr}.pdf", "Undangan Rakor {acr}.pdf", "RKPD {year} (kutipan).pdf", "Laporan Kegiatan {acr} {year}.pdf",
               "Nota Dinas {opdshort} {year}.pdf", "Notulen Rapat {acr} {dated}.pdf", "Proposal {name}.pdf"],
    "docx": ["Dokumen{n1}.docx", "SOP {acr} draft.docx", "Laporan {acr} {year}.docx", "Profil Inovasi {acr} {year}.docx",
             "Surat Tugas {acr}.docx", "Notulen {dated}.docx", "SK {acr} {year} (konsep).docx"],
    "xlsx": ["DPA {year} final revisi.xlsx", "DPA {year}.xlsx", "Rekap Anggaran {acr} {year}.xlsx", "RKA {opdshort} {year}.xlsx",
             "Data Penerima {acr}.xlsx", "Book{n1}.xlsx"],
    "pptx": ["Paparan {acr}.pptx", "Presentasi Inovasi {acr} {year}.pptx"],
    "odt": ["Laporan {acr}.odt", "SOP {acr}.odt"],
    "ods": ["Anggaran {acr} {year}.ods", "DPA {year}.ods"],
    "odp": ["Paparan {acr}.odp"],
    "doc": ["SK Tim Pelaksana {acr} {year}.doc", "Surat Undangan {acr}.doc", "SOP {acr} (lama).doc"],
    "xls": ["Rekap Anggaran {year}.xls", "DPA {opdshort} {year}.xls", "Data {acr} {year}.xls"],
    "ppt": ["Paparan {acr}.ppt", "Bahan Paparan {year}.ppt"],
    "photo": ["IMG_{date}_{time}.jpg", "IMG{date}{time}.jpg", "Foto Kegiatan {acr} {n1}.jpg", "WhatsApp Image {dashed} at {dotted}.jpeg",
              "DSC_{n4}.JPG", "Foto Sosialisasi {acr}.jpg", "Dokumentasi {acr} {n1}.jpg", "PXL_{date}_{time}{n3}.jpg"],
    "heic": ["IMG_{n4}.HEIC", "IMG_{n4}.heic"],
    "screenshot": ["Screenshot_{date}-{time}.png", "Tangkapan Layar {acr}.png", "Screenshot ({n2}).png",
                   "Screenshot_{date}-{time}_WhatsApp.jpg", "Tampilan Aplikasi {acr} {n1}.png"],
    "webp": ["IMG-{date}-WA{n4}.webp", "Tangkapan Layar {acr} {n1}.webp"],
    "tiff": ["scan_{n4}.tif", "Scan {acr} {year}.tiff"],
    "video": ["VID_{date}_{time}.mp4", "Video Profil {acr}.mp4", "IMG_{n4}.MOV", "Video {name}.mp4", "VID-{date}-WA{n4}.mp4"],
}

OPDS = [("Dinas Kesehatan", "Dinkes"), ("Dinas Pendidikan", "Disdik"), ("Dinas Komunikasi dan Informatika", "Diskominfo"),
        ("Dinas Perdagangan", "Disdag"), ("Dinas Pengendalian Penduduk dan KB", "DPPKB"), ("Dinas Perpustakaan dan Kearsipan", "Dispusip"),
        ("Dinas Sosial", "Dinsos"), ("Dinas Lingkungan Hidup", "DLH"), ("Dinas Pertanian", "Distan"), ("Dinas Perhubungan", "Dishub"),
        ("Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil"), ("Dinas Penanaman Modal dan PTSP", "DPMPTSP"),
        ("Dinas Pekerjaan Umum dan Penataan Ruang", "DPUPR"), ("Dinas Koperasi dan UMKM", "Diskop"), ("Dinas Pariwisata", "Dispar"),
        ("Badan Perencanaan Pembangunan Daerah", "Bappeda"), ("Badan Pengelolaan Keuangan Daerah", "BPKD"),
        ("Badan Kepegawaian dan Pengembangan SDM", "BKPSDM"), ("RSUD Sukamaju", "RSUD"), ("Sekretariat Daerah", "Setda"),
        ("Inspektorat", "Inspektorat"), ("Satpol PP", "Satpol PP"), ("Kecamatan Sukamaju", "Kec Sukamaju"),
        ("Kecamatan Mekarsari", "Kec Mekarsari"), ("Kecamatan Sindangjaya", "Kec Sindangjaya"), ("Puskesmas Cibening", "PKM Cibening"),
        ("Dinas Ketahanan Pangan", "DKP"), ("Dinas Perikanan", "Diskan"), ("Dinas Pemberdayaan Masyarakat dan Desa", "DPMD"),
        ("BPBD", "BPBD")]
REGIONS = ["Kab Sukamaju", "Kab Sukamakmur", "Kab Mekarsari", "Kota Sindangjaya", "Kab Cibening", "Kab Tanjung Harapan",
           "Kota Karangsari", "Kab Lembah Hijau", "Kab Pesisir Timur", "Kab Gunung Mas", "Kota Bukit Indah", "Kab Sungai Jernih"]
PREFIXES = ["Sistem Informasi", "Gerakan", "Layanan", "Aplikasi", "Program", "Inovasi", "Sistem Pelayanan", "Gerakan Bersama",
            "Kampung", "Pojok", "Rumah", "Klinik", "Sekolah", "Desa", "Pusat", "Satu Data"]
TOPICS = ["Posyandu Terpadu", "Pelayanan Online", "Retribusi Pasar", "KB Digital", "Ramah Anak", "Baca Desa", "Sampah Digital",
          "Lapor Cepat", "Jemput Bola", "Antrian Online", "Perizinan Terpadu", "Desa Digital", "Cegah Stunting", "Ambulans Desa",
          "Kartu Sehat", "Bedah Rumah", "Pasar Murah", "Air Bersih", "Irigasi Pintar", "Tani Milenial", "Ibu Hamil Sehat",
          "Lansia Bahagia", "Adminduk Keliling", "Pajak Daerah", "UMKM Naik Kelas", "Wisata Desa", "Nelayan Sejahtera",
          "Pangan Lokal", "Siaga Bencana", "Zakat Produktif", "Kelas Inspirasi", "Perpustakaan Keliling"]
PLACES = ["Mekarsari", "Sukamaju", "Cibening", "Sindangjaya", "Karangsari", "Tegalwaru", "Sumberjaya", "Wanasari",
          "Pasirlaja", "Cikarang", "Suka Damai", "Bojong", "Margamulya", "Rawa Indah"]
TAHAPAN = ["Penerapan", "Penerapan", "Penerapan", "Uji Coba", "Inisiatif"]
SUBFOLDERS = {"dpa": "Anggaran", "xlsx": "Anggaran", "xls": "Anggaran", "photo": "Dokumentasi", "heic": "Dokumentasi",
              "screenshot": "Dokumentasi", "video": "Dokumentasi", "webp": "Dokumentasi", "report": "Laporan"}
YEARS = [2021, 2022, 2023, 2023, 2024, 2024, 2024, 2024, 2025, 2025]
BROKEN = ["truncated-pdf", "truncated-jpeg", "truncated-docx", "zero-byte", "wrong-extension", "corrupt-zip", "locked", "damaged"]
ALIASES = {".jpg": (".jpg", ".jpeg"), ".tif": (".tif", ".tiff"), ".heic": (".heic",)}
EPOCH = datetime(2000, 1, 1, tzinfo=timezone.utc).timestamp()


def read(rel):
    with open(os.path.join(REPO, rel), "rb") as f:
        return f.read()


class Corpus:
    """One deterministic tree: every choice comes from one seeded random.Random, in one fixed order."""

    def __init__(self, n, root, seed):
        self.n, self.root, self.seed = n, root, seed
        self.rng = random.Random(f"bukti-bench {seed}")
        self.blobs = {rel: read(rel) for rels in SOURCES.values() for rel in rels}
        self.zips = {}  # source -> [(ZipInfo, bytes)] for OOXML/ODF rewrites
        self.written = []  # (path, role) of every file with its own content, for shared copies
        self.hashes = set()  # SHA-256 of every file with its own content: keeps them distinct
        self.mix = {}
        self.manifest = []

    # ---- the tree ----

    def build(self):
        counts = []
        while sum(counts) < self.n:
            counts.append(self.rng.randint(8, 15))
        counts[-1] -= sum(counts) - self.n
        innovations, used = [], set()
        opd_cycle = 0
        while len(innovations) < len(counts):
            for opd, short in OPDS:
                region = "" if opd_cycle == 0 else f" - {REGIONS[(opd_cycle - 1) % len(REGIONS)]}"
                if opd_cycle > len(REGIONS):
                    region += f" {(opd_cycle - 1) // len(REGIONS) + 1}"
                for _ in range(self.rng.randint(1, 12)):
                    if len(innovations) < len(counts):
                        innovations.append((opd + region, short, self.innovation_name(used)))
            opd_cycle += 1
        index = 0
        for (opd, short, (name, acr, long_name)), count in zip(innovations, counts):
            folder = os.path.join(self.root, opd, name)
            os.makedirs(folder)
            self.manifest_row(opd, name, long_name)
            for role in self.roles(count):
                self.add_file(folder, role, index, {"name": long_name, "acr": acr, "opdshort": short})
                index += 1
        self.write_manifest()
        self.date_folders()

    def innovation_name(self, used):
        """A unique innovation folder name, with the acronym and long name it stands for."""
        while True:
            topic = self.rng.choice(TOPICS)
            long_name = f"{self.rng.choice(PREFIXES)} {topic}"
            if self.rng.random() < 0.5:
                long_name += f" {self.rng.choice(PLACES)}"
            acr = "".join(w[0] for w in long_name.split()).upper()
            if self.rng.random() < 0.3:
                acr = "SI" + acr[1:] if acr.startswith("S") else acr
            style = self.rng.randrange(4)
            name = [f"{acr} - {long_name}", f"{long_name} ({acr})", long_name, f"e-{topic}"][style]
            if name.lower() not in used:
                used.add(name.lower())
                return name, acr, long_name

    def roles(self, count):
        """The roles of one innovation's files: its core documents, then the usual mix."""
        roles = []
        if self.rng.random() < 0.85:
            roles.append("scan" if self.rng.random() < 0.35 else "sk")
        if self.rng.random() < 0.7:
            roles.append("sop")
        if self.rng.random() < 0.8:
            roles.append(self.rng.choice(["dpa", "dpa", "xlsx"]))
        names, weights = zip(*FILL)
        while len(roles) < count:
            roles.append(self.rng.choices(names, weights)[0])
        return roles[:count]

    def add_file(self, folder, role, index, fields):
        rng = self.rng
        year = rng.choice(YEARS)
        mtime = int(datetime(year, rng.randint(1, 12), rng.randint(1, 28), rng.randint(7, 17), rng.randint(0, 59),
                             rng.randint(0, 59), tzinfo=timezone.utc).timestamp())
        fields = dict(fields, year=year, **self.name_fields(mtime))
        kind = role
        if rng.random() < 0.01:
            kind = "broken"
            data, name = self.broken(rng.choice(BROKEN), index, fields)
        elif rng.random() < 0.0101 and self.written:
            kind = "shared copy"
            source_path, role = self.written[rng.randrange(len(self.written))]
            with open(source_path, "rb") as f:
                data = f.read()
            name = os.path.basename(source_path)
        else:
            source = rng.choice(SOURCES[role])
            name = self.with_extension(rng.choice(NAMES[role]).format(**fields), source)
            data = self.variant(source, index, fields)
        sub = SUBFOLDERS.get(role)
        if sub and rng.random() < 0.3:
            folder = os.path.join(folder, sub)
            os.makedirs(folder, exist_ok=True)
        path = self.unique_path(folder, name)
        if kind != "shared copy" and len(data) > 0:
            data = self.distinct(data, index)
        with open(path, "wb") as f:
            f.write(data)
        os.utime(path, (mtime, mtime))
        if kind not in ("shared copy", "broken"):
            self.written.append((path, role))
        self.mix[kind] = self.mix.get(kind, 0) + 1

    def name_fields(self, mtime):
        rng = self.rng
        t = datetime.fromtimestamp(mtime, timezone.utc)
        return {"date": t.strftime("%Y%m%d"), "time": t.strftime("%H%M%S"), "dated": t.strftime("%d-%m-%Y"),
                "dashed": t.strftime("%Y-%m-%d"), "dotted": t.strftime("%H.%M.%S"), "n1": rng.randint(1, 9),
                "n2": rng.randint(1, 40), "n3": rng.randint(100, 999), "n4": f"{rng.randint(1, 9999):04d}",
                "num": f"{rng.randint(100, 999)}.{rng.randint(1, 9)}/{rng.randint(1, 400)}", "sem": rng.choice(["I", "II"]),
                "place": rng.choice(PLACES)}

    @staticmethod
    def with_extension(name, source):
        """The name with the source's extension (a name pattern may spell it .JPG, .jpeg, .tiff, .HEIC)."""
        stem, ext = os.path.splitext(name)
        real = os.path.splitext(source)[1]
        if ext.lower() in ALIASES.get(real, (real,)):
            return name
        return stem + (real.upper() if ext.isupper() else real)

    def unique_path(self, folder, name):
        name = name.replace("/", "-")
        path = os.path.join(folder, name)
        stem, ext = os.path.splitext(name)
        k = 2
        while os.path.exists(path):
            path = os.path.join(folder, f"{stem} ({k}){ext}")
            k += 1
        return path

    # ---- contents ----

    def variant(self, source, index, fields):
        """The source's bytes, given a per-file title and dates where the format carries them."""
        data = self.blobs[source]
        if data[:4] == b"PK\x03\x04":
            return self.rezip(source, index, fields)
        return data

    def marker(self, index):
        return f"bukti-bench seed={self.seed} file={index}".encode()

    def distinct(self, data, index):
        """Content no other file has: the format's own place for extra bytes, or a trailer."""
        mark = self.marker(index)
        attempt = 0
        while True:
            out = self.with_marker(data, mark + b"." + str(attempt).encode() if attempt else mark, retry=attempt > 0)
            digest = hashlib.sha256(out).digest()
            if digest not in self.hashes:
                self.hashes.add(digest)
                return out
            attempt += 1

    @staticmethod
    def with_marker(data, mark, retry=False):
        if data.startswith(b"%PDF"):
            return data + b"\n%" + mark + b"\n"
        if data.startswith(b"\x89PNG") and data[-12:-8] == b"\x00\x00\x00\x00" and data[-8:-4] == b"IEND":
            body = b"Comment\x00" + mark
            chunk = struct.pack(">I", len(body)) + b"tEXt" + body + struct.pack(">I", zlib.crc32(b"tEXt" + body))
            return data[:-12] + chunk + data[-12:]
        if data[4:8] == b"ftyp":  # MP4, MOV, HEIC: a free box at the top level
            return data + struct.pack(">I", 8 + len(mark)) + b"free" + mark
        if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
            body = mark + (b"\x00" if len(mark) % 2 else b"")
            out = data + b"XBBM" + struct.pack("<I", len(mark)) + body
            return out[:4] + struct.pack("<I", len(out) - 8) + out[8:]
        if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":  # OLE2: one more (unreferenced) sector
            return data + mark.ljust(512, b"\x00")
        if data[:4] == b"PK\x03\x04" and b"PK\x05\x06" in data[-64:] and not retry:
            return data  # a whole ZIP: rezip gave it its own title and dates (a collision gets a trailer)
        if data[:2] == b"\xff\xd8":  # JPEG: a COM segment after SOI (bukti reads bytes after EOI as a cut)
            return data[:2] + b"\xff\xfe" + struct.pack(">H", 2 + len(mark)) + mark + data[2:]
        return data + mark  # TIFF, GIF, truncated and mislabelled files

    def members(self, source):
        if source not in self.zips:
            with zipfile.ZipFile(io.BytesIO(self.blobs[source])) as z:
                self.zips[source] = [(info, z.read(info)) for info in z.infolist()]
        return self.zips[source]

    def rezip(self, source, index, fields):
        """An OOXML/ODF package rewritten with a new title and modified date (and its own marker)."""
        year = fields["year"]
        stamp = f"{year}-{fields['date'][4:6]}-{fields['date'][6:8]}T{fields['time'][:2]}:{fields['time'][2:4]}:00Z"
        title = f"{fields['acr']} {year} ({self.marker(index).decode()})"
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as z:
            for info, data in self.members(source):
                if info.filename == "docProps/core.xml":
                    data = self.retitle(data, b"dc:title", b"</cp:coreProperties>", title, stamp, b"dcterms:modified")
                elif info.filename == "meta.xml":
                    data = self.retitle(data, b"dc:title", b"</office:meta>", title, stamp, b"dc:date")
                z.writestr(info, data, compress_type=info.compress_type)
        return out.getvalue()

    @staticmethod
    def retitle(xml, title_tag, end_tag, title, stamp, date_tag):
        title_b = title.encode()
        pattern = re.compile(b"<" + title_tag + b">.*?</" + title_tag + b">", re.S)
        element = b"<" + title_tag + b">" + title_b + b"</" + title_tag + b">"
        xml = pattern.sub(lambda _: element, xml, count=1) if pattern.search(xml) else xml.replace(end_tag, element + end_tag, 1)
        date_re = re.compile(b"(<" + date_tag + b"[^>]*>)[^<]*(</" + date_tag + b">)")
        return date_re.sub(lambda m: m.group(1) + stamp.encode() + m.group(2), xml, count=1)

    def broken(self, how, index, fields):
        """A file that cannot count, as offices upload them; returns (bytes, name)."""
        rng = self.rng
        if how == "truncated-pdf":
            data = self.blobs[rng.choice(SOURCES["sk"] + SOURCES["report"])]
            return data[: int(len(data) * rng.uniform(0.3, 0.8))], NAMES["sk"][0].format(**fields)
        if how == "truncated-jpeg":
            data = self.blobs[rng.choice(SOURCES["photo"])]
            return data[: int(len(data) * rng.uniform(0.3, 0.8))], NAMES["photo"][0].format(**fields)
        if how == "truncated-docx":
            data = self.variant(rng.choice(SOURCES["docx"] + SOURCES["xlsx"]), index, fields)
            return data[: int(len(data) * rng.uniform(0.3, 0.8))], NAMES["docx"][2].format(**fields)
        if how == "zero-byte":
            return b"", rng.choice(NAMES["sk"] + NAMES["scan"] + NAMES["xlsx"]).format(**fields)
        if how == "wrong-extension":  # a photo or screenshot saved as a document, a document with another's extension
            source = rng.choice(SOURCES["photo"] + SOURCES["screenshot"] + SOURCES["docx"] + SOURCES["sk"])
            name = rng.choice(["SK {acr} {year}.pdf", "SOP {acr}.docx", "DPA {year}.xlsx", "Laporan {acr}.pdf"]).format(**fields)
            if os.path.splitext(source)[1] == os.path.splitext(name)[1]:
                name = os.path.splitext(name)[0] + ".doc"
            return self.variant(source, index, fields), name
        if how == "corrupt-zip":  # the central directory overwritten, as a failed copy leaves it
            data = bytearray(self.variant(rng.choice(SOURCES["docx"] + SOURCES["xlsx"]), index, fields))
            end = data.rfind(b"PK\x05\x06")
            cd = struct.unpack("<I", data[end + 16:end + 20])[0]
            data[cd:cd + 64] = bytes(rng.randrange(256) for _ in range(64))
            return bytes(data), NAMES["xlsx"][0].format(**fields)
        if how == "locked":
            source = rng.choice(SOURCES["locked"])
            ext = os.path.splitext(source)[1]
            return self.blobs[source], f"{rng.choice(['SK', 'SOP', 'DPA', 'Nota Dinas'])} {fields['acr']} (terkunci){ext}"
        source = rng.choice(SOURCES["damaged"])
        return self.blobs[source], NAMES["report"][rng.randrange(len(NAMES["report"]))].format(**fields)

    # ---- manifest and folders ----

    def manifest_row(self, opd, name, long_name):
        rng = self.rng
        r = rng.random()
        if r < 0.03:  # a folder the manifest does not list
            return
        opd_name = opd.split(" - ")[0]
        folder = f"{opd}/{name}" if r < 0.85 else ""  # the rest matched by name
        self.manifest.append((long_name if folder else name, folder, opd_name, rng.choice(TAHAPAN)))
        if rng.random() < 0.01:  # an innovation listed without any folder
            self.manifest.append((f"{long_name} Tahap II", "", opd_name, "Inisiatif"))

    def write_manifest(self):
        def cell(text):
            return f'"{text}"' if any(c in text for c in ',"\n') else text
        path = os.path.join(self.root, "manifest.csv")
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write("Nama Inovasi,Folder,OPD,Tahapan\r\n")
            for row in self.manifest:
                f.write(",".join(cell(c) for c in row) + "\r\n")
        t = int(datetime(2025, 1, 6, 9, 0, tzinfo=timezone.utc).timestamp())
        os.utime(path, (t, t))

    def date_folders(self):
        """Every folder's mtime is its newest entry's, set bottom-up, so the tree's times are deterministic."""
        for folder, dirs, files in os.walk(self.root, topdown=False):
            times = [os.lstat(os.path.join(folder, e)).st_mtime for e in dirs + files]
            t = int(max(times)) if times else int(EPOCH)
            os.utime(folder, (t, t))


def main():
    parser = argparse.ArgumentParser(description="Build a deterministic evidence tree for the benchmark.")
    parser.add_argument("n", type=int, help="number of evidence files")
    parser.add_argument("root", help="folder to create (must not exist or be empty)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if args.n < 1:
        parser.error("N must be at least 1")
    if os.path.exists(args.root) and os.listdir(args.root):
        parser.error(f"{args.root} exists and is not empty")
    os.makedirs(args.root, exist_ok=True)
    corpus = Corpus(args.n, os.path.abspath(args.root), args.seed)
    corpus.build()
    total = sum(corpus.mix.values())
    print(f"make-corpus: {total} files (+ manifest.csv, {len(corpus.manifest)} rows) in {args.root}, seed {args.seed}:",
          file=sys.stderr)
    print("  " + ", ".join(f"{k} {v}" for k, v in sorted(corpus.mix.items(), key=lambda kv: -kv[1])), file=sys.stderr)


if __name__ == "__main__":
    main()
