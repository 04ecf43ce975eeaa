/**
 * Generic Thai naming data used to read recipient options: honorifics and ranks that
 * start a person's name, the words for province / province cluster, and the provinces.
 * None of this is eMENSCR wording (that lives in the profile); it is how Thai names,
 * positions and places are written anywhere.
 */

/** Titles before a person's name; matched longest first, and may be chained ("ว่าที่ ร.ต. ดร."). */
export const HONORIFICS: readonly string[] = [
  'นางสาว', 'นาง', 'นาย', 'น.ส.', 'คุณ',
  'ว่าที่ร้อยตรีหญิง', 'ว่าที่ร้อยตรี', 'ว่าที่ร้อยโท', 'ว่าที่ร้อยเอก', 'ว่าที่',
  'ร้อยตรี', 'ร้อยโท', 'ร้อยเอก', 'พันตรี', 'พันโท', 'พันเอก',
  'ร.ต.', 'ร.ท.', 'ร.อ.', 'พ.ต.', 'พ.ท.', 'พ.อ.', 'พล.ต.', 'พล.ท.', 'พล.อ.',
  'ร้อยตำรวจตรี', 'ร้อยตำรวจโท', 'ร้อยตำรวจเอก', 'พันตำรวจตรี', 'พันตำรวจโท', 'พันตำรวจเอก',
  'ร.ต.ต.', 'ร.ต.ท.', 'ร.ต.อ.', 'พ.ต.ต.', 'พ.ต.ท.', 'พ.ต.อ.',
  'นายแพทย์', 'แพทย์หญิง', 'นพ.', 'พญ.', 'ดร.', 'ผศ.', 'รศ.', 'ศ.', 'หญิง',
  'Mr.', 'Mrs.', 'Ms.', 'Miss', 'Dr.',
];

/**
 * Words that only a position or a unit contains, never a person's name: a part holding one is
 * a position the profile may not know (judged "unrecognized"), a part holding none and made of
 * one to three words is taken for a name (so a name alone is "cannot be checked", never wrong).
 * Compared on keys (no spaces, abbreviations already expanded).
 */
export const ROLE_WORDS: readonly string[] = [
  'ผู้อำนวยการ', 'หัวหน้า', 'ผู้ว่าราชการ', 'ผู้ช่วย', 'รองผู้', 'นักวิเคราะห์', 'นักวิชาการ', 'นักจัดการ',
  'นักทรัพยากร', 'นักประชาสัมพันธ์', 'นักบริหาร', 'เจ้าหน้าที่', 'เจ้าพนักงาน', 'พนักงาน', 'ลูกจ้าง',
  'ข้าราชการ', 'ปลัด', 'นายอำเภอ', 'สำนักงาน', 'สำนัก', 'กลุ่มงาน', 'ชำนาญการ', 'ปฏิบัติการ',
  'ปฏิบัติงาน', 'อาวุโส', 'เชี่ยวชาญ', 'รักษาราชการ', 'ตำแหน่ง', 'แผนงาน',
  'director', 'head', 'officer', 'chief', 'staff', 'manager', 'deputy', 'governor',
];
/** Whole words that are a role on their own ("รอง หัวหน้าสำนักงานจังหวัด"). */
export const ROLE_ONLY_WORDS: readonly string[] = ['รอง', 'ผช.', 'รก.', 'รรท.', 'ปฏิบัติหน้าที่', 'แทน'];

/** Field-label words that may precede a position inside an option ("ตำแหน่ง: …"). */
export const POSITION_LABELS: readonly string[] = ['ตำแหน่ง'];

/** Words a place name may start with ("จังหวัดระยอง", "จ.ระยอง"). */
export const PLACE_PREFIXES: readonly string[] = ['จังหวัด', 'จ.', 'กลุ่มจังหวัด'];

/** A position ending with this word is followed by a province name. */
export const PROVINCE_WORD = 'จังหวัด';
/** A position ending with this word is followed by a cluster name. */
export const CLUSTER_WORD = 'กลุ่มจังหวัด';

/** The 76 provinces and Bangkok. */
export const PROVINCES: readonly string[] = [
  'กรุงเทพมหานคร', 'กระบี่', 'กาญจนบุรี', 'กาฬสินธุ์', 'กำแพงเพชร', 'ขอนแก่น', 'จันทบุรี',
  'ฉะเชิงเทรา', 'ชลบุรี', 'ชัยนาท', 'ชัยภูมิ', 'ชุมพร', 'เชียงราย', 'เชียงใหม่', 'ตรัง', 'ตราด',
  'ตาก', 'นครนายก', 'นครปฐม', 'นครพนม', 'นครราชสีมา', 'นครศรีธรรมราช', 'นครสวรรค์', 'นนทบุรี',
  'นราธิวาส', 'น่าน', 'บึงกาฬ', 'บุรีรัมย์', 'ปทุมธานี', 'ประจวบคีรีขันธ์', 'ปราจีนบุรี', 'ปัตตานี',
  'พระนครศรีอยุธยา', 'พะเยา', 'พังงา', 'พัทลุง', 'พิจิตร', 'พิษณุโลก', 'เพชรบุรี', 'เพชรบูรณ์',
  'แพร่', 'ภูเก็ต', 'มหาสารคาม', 'มุกดาหาร', 'แม่ฮ่องสอน', 'ยโสธร', 'ยะลา', 'ร้อยเอ็ด', 'ระนอง',
  'ระยอง', 'ราชบุรี', 'ลพบุรี', 'ลำปาง', 'ลำพูน', 'เลย', 'ศรีสะเกษ', 'สกลนคร', 'สงขลา', 'สตูล',
  'สมุทรปราการ', 'สมุทรสงคราม', 'สมุทรสาคร', 'สระแก้ว', 'สระบุรี', 'สิงห์บุรี', 'สุโขทัย',
  'สุพรรณบุรี', 'สุราษฎร์ธานี', 'สุรินทร์', 'หนองคาย', 'หนองบัวลำภู', 'อ่างทอง', 'อำนาจเจริญ',
  'อุดรธานี', 'อุตรดิตถ์', 'อุทัยธานี', 'อุบลราชธานี',
];
