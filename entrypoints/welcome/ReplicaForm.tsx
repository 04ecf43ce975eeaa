/**
 * A bundled replica of the eMENSCR M6 progress report (eMENSCR's own Thai labels, as on the site),
 * partly filled, for the welcome page's live demo. Uncontrolled inputs: the page's checker reads
 * them the way it reads eMENSCR.
 */
export function ReplicaForm() {
  return (
    <form class="wr-form" onSubmit={(e) => e.preventDefault()}>
      <h3>บันทึกรายงานความก้าวหน้า</h3>
      <div class="wr-row">
        <label for="wr-name">ชื่อโครงการ</label>
        <input id="wr-name" type="text" value="พัฒนาเส้นทางท่องเที่ยวเชิงวัฒนธรรมจังหวัดระยอง" readOnly />
      </div>
      <div class="wr-row">
        <label for="wr-quarter">ไตรมาสที่รายงาน</label>
        <select id="wr-quarter">
          <option value="">-- กรุณาเลือก --</option>
          <option>ไตรมาสที่ 1 (ต.ค. - ธ.ค.)</option>
          <option>ไตรมาสที่ 2 (ม.ค. - มี.ค.)</option>
          <option>ไตรมาสที่ 3 (เม.ย. - มิ.ย.)</option>
          <option>ไตรมาสที่ 4 (ก.ค. - ก.ย.)</option>
        </select>
      </div>
      <fieldset class="wr-row">
        <legend>สถานะโครงการ</legend>
        <label><input type="radio" name="wr-status" checked /> อยู่ระหว่างดำเนินการ</label>
        <label><input type="radio" name="wr-status" /> แล้วเสร็จ</label>
      </fieldset>
      <div class="wr-row">
        <label for="wr-spent">ผลการเบิกจ่ายงบประมาณ (บาท)</label>
        <input id="wr-spent" type="text" value="675,000" />
      </div>
      <div class="wr-row">
        <label for="wr-result">ผลการดำเนินงาน</label>
        <textarea id="wr-result" rows={2}>จัดอบรมมัคคุเทศก์ท้องถิ่น 2 รุ่น ผู้เข้าร่วม 118 คน</textarea>
      </div>
      <div class="wr-row">
        <label for="wr-problems">ปัญหา/อุปสรรค</label>
        <textarea id="wr-problems" rows={2} />
      </div>
      <fieldset class="wr-row">
        <legend>ความสอดคล้องกับแผนระดับต่าง ๆ</legend>
        <label><input type="checkbox" /> ยุทธศาสตร์ชาติ</label>
        <label><input type="checkbox" /> แผนแม่บทภายใต้ยุทธศาสตร์ชาติ</label>
        <label><input type="checkbox" /> แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 13</label>
      </fieldset>
      <div class="wr-row">
        <label for="wr-suggestions">ข้อเสนอแนะ/แนวทางแก้ไข</label>
        <textarea id="wr-suggestions" rows={2} />
      </div>
    </form>
  );
}
