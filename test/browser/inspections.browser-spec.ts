import { EnforcementCertificate } from '../../src/certificates/certificate.entity';
import { Clock } from '../../src/common/clock';
import { DEMO_PASSWORD, go, loginAs, shot, useUiApp } from './support';

jest.setTimeout(120_000);

/**
 * Issue 12 point 3 through the web UI: 政策法规股 (demo login `fgg`) draws targets and inspectors
 * for an inspection from the demo directory, verifies the draw (通过), records a result and sees
 * the draw in the list.
 */
describe('web interface: 双随机一公开', () => {
  const ui = useUiApp();

  it('draws, verifies and records a result from the register page', async () => {
    const fgg = ui.t.as(await ui.t.login('fgg', DEMO_PASSWORD));
    const today = ui.t.app.get(Clock).today();
    const departments: { id: number; code: string }[] = await ui.t.dataSource.query(`SELECT id, code FROM departments WHERE code IN ('legal', 'private')`);
    const certificates = ui.t.dataSource.getRepository(EnforcementCertificate);
    for (const [i, name] of ['陈立法', '王执法', '郑民', '李检查'].entries()) {
      await certificates.save(
        certificates.create({
          certificateNo: `ZF-DEMO-${i}`,
          holderName: name,
          holderUserId: null,
          departmentId: departments[i % 2].id,
          category: '教育',
          issuedOn: '2020-01-01',
          expiresOn: '2099-12-31',
          status: 'valid',
          notes: '',
        }),
      );
    }
    const template = ((await fgg.get('/plans/registrable')).body as { id: number; key: string }[]).find((x) => x.key === 'random-inspection')!;
    const created = await fgg
      .post('/plans/event')
      .send({ templateId: template.id, reference: '双随机〔2026〕9号', title: '秋季中小学校办学行为抽查', anchors: { plannedOn: today } });
    expect(created.status).toBe(201);

    const s = await loginAs(ui.browser, ui.baseUrl, 'fgg');
    ui.sessions.push(s);
    const { page } = s;
    await go(page, ui.baseUrl, '/registers');
    await page.getByRole('link', { name: /双随机一公开/ }).click();
    await page.getByTestId('target-list').waitFor();
    await expect(page.getByTestId('target-list').innerText()).resolves.toContain('城关镇第一小学');

    await page.getByRole('tab', { name: '检查人员/回避' }).click();
    await expect(page.getByTestId('inspector-list').innerText()).resolves.toContain('ZF-DEMO-3');
    const declare = page.getByRole('form', { name: '申报回避' });
    await declare.getByRole('combobox', { name: '检查对象' }).selectOption({ label: '阳光幼儿园' });
    await declare.getByRole('combobox', { name: '回避人员' }).selectOption({ label: '李检查（ZF-DEMO-3）' });
    await declare.getByLabel('回避理由').fill('配偶在该园任职');
    await declare.getByRole('button', { name: '申报回避' }).click();
    await expect(page.getByTestId('conflict-list').innerText()).resolves.toContain('配偶在该园任职');

    await page.getByRole('tab', { name: '抽查记录' }).click();
    await page.getByRole('combobox', { name: '抽查', exact: true }).selectOption({ label: '双随机〔2026〕9号 秋季中小学校办学行为抽查' });
    await page.getByRole('combobox', { name: '抽查事项' }).selectOption({ label: '中小学校办学行为检查（中小学校，5%）' });
    await page.getByLabel('种子文字').fill('秋季抽查会 骰子 4-2-6');
    await page.getByRole('button', { name: '抽取', exact: true }).click();

    await page.getByTestId('draw-result').waitFor();
    await expect(page.getByTestId('draw-inputs').innerText()).resolves.toContain('秋季抽查会 骰子 4-2-6');
    await expect(page.getByTestId('draw-result').locator('tbody tr').count()).resolves.toBe(1);
    await page.getByTestId('verify').getByRole('button', { name: '验证' }).click();
    await page.getByTestId('verify').getByText('通过').waitFor();
    await shot(page, 'inspection-draw');

    const outcome = page.getByRole('form', { name: '登记第1个对象的检查结果' });
    await outcome.getByRole('combobox', { name: '检查结果' }).selectOption({ label: '责令整改' });
    await outcome.getByLabel('检查日期').fill(today);
    await outcome.getByLabel('说明').fill('安全台账不全');
    await outcome.getByRole('button', { name: '登记' }).click();
    await page.getByTestId('outcome').getByText('责令整改').waitFor();

    await go(page, ui.baseUrl, '/registers/inspections?tab=draws');
    await expect(page.getByTestId('draw-list').innerText()).resolves.toContain('有效');
    expect(s.problems).toEqual([]);
  });
});
