/**
 * Types of the API's requests and answers, generated from /api/docs/openapi.json by
 * `npm run api-types` (openapi-typescript). Do not edit: the test suite fails when it is stale.
 */

export interface paths {
  '/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 用登录名和密码登录，获得访问令牌（连续失败后需等待，返回 429 和 Retry-After） */
    post: operations['AuthController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/options': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 登录页所需的公开设置（是否演示环境、密码规则） */
    get: operations['AuthController_options'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 修改自己的密码（其他已登录的会话随之失效） */
    post: operations['AuthController_changePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/departments/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出股室和学校为 Excel（管理员） */
    get: operations['OrgExcelController_exportDepartments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/users/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出人员为 Excel（与人员列表相同的筛选条件，管理员） */
    get: operations['OrgExcelController_exportUsers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/departments/import-template.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 股室和学校的导入模板（管理员） */
    get: operations['OrgExcelController_departmentTemplate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/departments/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 从 Excel 导入股室和学校（管理员）：逐行校验，有任何错误则全部不导入 */
    post: operations['OrgExcelController_importDepartments'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/users/import-template.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 人员的导入模板（管理员） */
    get: operations['OrgExcelController_userTemplate'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/users/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 从 Excel 导入人员（管理员）：逐行校验，有任何错误则全部不导入；返回每个新账号的一次性初始密码 */
    post: operations['OrgExcelController_importUsers'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/departments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 股室和学校列表（所有登录用户可见） */
    get: operations['OrgController_listDepartments'];
    put?: never;
    /** 新增股室或学校（管理员） */
    post: operations['OrgController_createDepartment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/departments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 一个股室或学校 */
    get: operations['OrgController_getDepartment'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 修改股室或学校，或停用（管理员） */
    patch: operations['OrgController_updateDepartment'];
    trace?: never;
  };
  '/department-roles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 职责分工：目录中的职责代码（如 legal 政策法规股）由哪个股室承担 */
    get: operations['OrgController_roleMap'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/department-roles/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 指定承担某职责的股室（管理员） */
    put: operations['OrgController_assignRole'];
    post?: never;
    /** 取消职责分配（管理员） */
    delete: operations['OrgController_unassignRole'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 人员列表（局领导和管理员看全局，其他人只看本部门） */
    get: operations['OrgController_listUsers'];
    put?: never;
    /** 新建账号（管理员） */
    post: operations['OrgController_createUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/users/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 当前登录用户（含分管股室） */
    get: operations['OrgController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 一个用户 */
    get: operations['OrgController_getUser'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 修改账号、停用或启用（管理员） */
    patch: operations['OrgController_updateUser'];
    trace?: never;
  };
  '/users/{id}/reset-password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 重置密码，返回一次性临时密码（管理员） */
    post: operations['OrgController_resetPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/users/{id}/supervised-departments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 设置局领导分管的股室（管理员） */
    put: operations['OrgController_setSupervision'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit-events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 按记录、操作人、时间查询审计日志（管理员、局领导） */
    get: operations['AuditController_query'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit-events/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出审计日志为 Excel（与查询相同的条件，管理员、局领导） */
    get: operations['AuditController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/bureau': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 单位名称和本地化参数（备案期限、有效期、学习次数等） */
    get: operations['BureauController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 修改单位名称或本地化参数（管理员）；只影响之后生成的计划 */
    patch: operations['BureauController_update'];
    trace?: never;
  };
  '/calendar/years': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 已载入的年度放假和调休安排 */
    get: operations['CalendarController_years'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/calendar/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 节假日安排是否齐全：今年未载入，或 11 月 1 日起明年仍未载入时给出提示（管理员） */
    get: operations['CalendarController_health'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/calendar/years/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 载入或更正某年的放假和调休安排（管理员；国务院办公厅每年11月前后公布） */
    put: operations['CalendarController_load'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/calendar/working-days': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 计算：某日之后第 N 个工作日（N 可为负），以及该日是否工作日 */
    get: operations['CalendarController_workingDays'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/work-points': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 工作要点（组织领导、学法用法、三项制度……） */
    get: operations['CatalogController_workPoints'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/templates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 清单模板列表 */
    get: operations['CatalogController_templates'];
    put?: never;
    /** 新建本单位的清单模板（管理员） */
    post: operations['CatalogController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/templates/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 一个模板及其事项 */
    get: operations['CatalogController_template'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 修改事件模板的登记股室（管理员） */
    patch: operations['CatalogController_update'];
    trace?: never;
  };
  '/templates/{id}/items/{itemId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 修改模板事项（管理员）；已下发的任务不受影响 */
    patch: operations['CatalogController_updateItem'];
    trace?: never;
  };
  '/plans/registrable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 本人可以登记的事件模板（管理员：全部） */
    get: operations['CasesController_registrable'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/plans/{id}/steps': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 事项页：登记信息和各步骤（期限、状态、前置步骤、股室、经办人）；限管理员、局领导、登记股室和有任务的股室 */
    get: operations['CasesController_steps'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/plans/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 撤销事项（管理员、局领导、登记股室负责人），须说明理由；未完成的任务一并撤销 */
    post: operations['CasesController_cancel'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/adviser/advisers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 在职的法律顾问（登记法律顾问审查时选择） */
    get: operations['CasesController_advisers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/adviser/requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 送达本人的法律顾问审查请求（法律顾问） */
    get: operations['CasesController_requests'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 计划列表（年度计划和逐件事项；股室用户只看年度计划和本部门参与的事项） */
    get: operations['PlansController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/plans/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 一个计划 */
    get: operations['PlansController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/plans/annual': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 生成某年度的法治政府建设工作计划（管理员）；同一年度只能生成一次，且须已载入该年节假日安排；启用日期前到期的事项作为补录，不计逾期、不发提醒 */
    post: operations['PlansController_createAnnual'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/plans/event': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 按事件模板登记一件事项（规范性文件、重大决策、执法案件、抽查……），生成其步骤任务 */
    post: operations['PlansController_createEvent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/plans/{id}/anchors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 填写或更正事项的事件日期（如 发布日期、决定日期），相关任务随之生成或调整期限并通知相关人员；更正已填写的日期须说明理由；已撤销的事项不能修改 */
    patch: operations['PlansController_updateAnchors'];
    trace?: never;
  };
  '/tasks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 任务列表：逾期、即将到期、其他未完成、已完成（股室用户只看本部门） */
    get: operations['TasksController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tasks/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出任务列表为 Excel（与列表相同的筛选条件和可见范围，全部页） */
    get: operations['TasksController_exportList'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tasks/counts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 各状态任务数（与列表相同的筛选条件） */
    get: operations['TasksController_counts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tasks/review-queue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 待我审核的任务 */
    get: operations['TasksController_reviewQueue'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tasks/review-queue/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出待我审核的任务为 Excel */
    get: operations['TasksController_exportReviewQueue'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tasks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 任务详情：说明、依据、佐证要求、前置事项、配合任务、历史、材料、催办 */
    get: operations['TasksController_detail'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tasks/{id}/schools': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 学校牵头事项的完成情况：覆盖率与目标；配合股室和局领导另见各校任务 */
    get: operations['TasksController_schools'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tasks/{id}/complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 办结（需审核的事项则提交审核），须填写完成情况 */
    post: operations['TasksController_complete'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tasks/{id}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 审核通过 */
    post: operations['TasksController_accept'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tasks/{id}/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 退回，须说明理由 */
    post: operations['TasksController_returnTask'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tasks/{id}/reopen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 重新打开已完成的任务，须说明理由；已上传的材料保留 */
    post: operations['TasksController_reopen'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tasks/{id}/activities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 记录一次活动（如学习会、法治课），计入目标数量；日期须在任务期间内且不晚于今天 */
    post: operations['TasksController_addActivity'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tasks/{id}/activities/{activityId}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 撤回活动（记录人或本部门负责人），须说明理由；撤回后不再计入目标，记录保留 */
    post: operations['TasksController_withdrawActivity'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tasks/{id}/measure': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 填写比率目标的分子和分母（如 参考人数/应参考人数），任务显示百分比 */
    put: operations['TasksController_measure'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tasks/{id}/assignee': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 指定经办人（本部门负责人）；经办人同样收到到期提醒 */
    patch: operations['TasksController_assign'];
    trace?: never;
  };
  '/tasks/{id}/urges': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 催办（局领导）：记录在任务上，并通知承办股室负责人 */
    post: operations['TasksController_urge'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tasks/{id}/not-applicable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 申请“不适用”（本部门负责人或工作人员），须说明理由；经政策法规股或局领导同意后生效 */
    post: operations['TaskNotApplicableController_request'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tasks/{id}/not-applicable/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 同意“不适用”申请（政策法规股或局领导）：任务记为不适用 */
    post: operations['TaskNotApplicableController_accept'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tasks/{id}/not-applicable/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 不同意“不适用”申请（政策法规股或局领导），须说明理由；任务回到原状态 */
    post: operations['TaskNotApplicableController_reject'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/findings/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出整改台账为 Excel（与列表相同的筛选条件和可见范围） */
    get: operations['FindingsExcelController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/findings/import-template.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 整改台账的导入模板 */
    get: operations['FindingsExcelController_template'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/findings/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 从 Excel 导入整改问题：逐行校验，有任何错误则全部不导入；每条问题生成整改任务 */
    post: operations['FindingsExcelController_import'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/findings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 整改台账（本股室的问题；政策法规股、局领导和管理员看全部） */
    get: operations['FindingsController_list'];
    put?: never;
    /** 登记整改问题（政策法规股、局领导、管理员；各股室登记本股室的自查问题），同时生成整改任务 */
    post: operations['FindingsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/findings/figures/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 年度整改统计：按来源和状态计数、逾期、按期整改 */
    get: operations['FindingsController_figures'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/findings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 整改问题详情：整改任务、佐证材料和历史 */
    get: operations['FindingsController_detail'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 修改整改问题（政策法规股、管理员；责任股室只改整改措施）；变更整改期限须说明理由 */
    patch: operations['FindingsController_update'];
    trace?: never;
  };
  '/findings/{id}/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 责任股室报告整改完成（须已上传佐证材料），提交政策法规股销号 */
    post: operations['FindingsController_report'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/findings/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 销号（政策法规股或局领导审核通过） */
    post: operations['FindingsController_close'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/findings/{id}/send-back': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 退回整改（须说明理由） */
    post: operations['FindingsController_sendBack'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tasks/{id}/evidence': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 上传佐证材料（按内容识别类型；大小和数量有上限） */
    post: operations['EvidenceController_upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/evidence/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载佐证材料（仅限可查看该任务的用户） */
    get: operations['EvidenceController_download'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/oversight/overdue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 全局逾期任务，按逾期天数从多到少（局领导） */
    get: operations['OversightController_overdue'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/oversight/overdue/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出逾期任务为 Excel（局领导） */
    get: operations['OversightController_exportOverdue'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/oversight/coverage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 学校覆盖率（学校章程、法律顾问、法治副校长……）：各校完成数、总数、覆盖率与目标；默认今年（局领导） */
    get: operations['OversightController_coverage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/oversight/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 按股室和按工作要点统计：总数、已完成、逾期、不适用、完成率、按期完成率；默认今年；本人分管的股室在前（局领导） */
    get: operations['OversightController_summary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/oversight/summary/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出督办统计为 Excel：按股室、按工作要点各一个工作表（局领导） */
    get: operations['OversightController_exportSummary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/annual/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 年度统计数据：按工作要点列出根据现有记录计算的数字，以及各股室按期完成情况（局领导、管理员、政策法规股） */
    get: operations['ReportsController_report'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/annual/{year}/figures/{key}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 统计项明细：该数字所计的任务、活动或案件（局领导、管理员、政策法规股） */
    get: operations['ReportsController_records'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reports/annual/{year}/draft.docx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 年度报告Word初稿（厅字〔2019〕28号五部分结构，已填入统计数字，叙述部分留待填写） */
    get: operations['ReportsController_draft'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/advisers/engagements/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出法律顾问聘任为 Excel（与列表相同的筛选和可见范围） */
    get: operations['AdvisersExcelController_exportEngagements'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/advisers/engagements/import-template.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 法律顾问聘任的导入模板 */
    get: operations['AdvisersExcelController_template'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/advisers/engagements/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 从 Excel 导入法律顾问聘任（政策法规股、管理员）：逐行校验，有任何错误则全部不导入 */
    post: operations['AdvisersExcelController_import'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/advisers/requests/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出审查记录为 Excel（与列表相同的筛选和可见范围） */
    get: operations['AdvisersExcelController_exportRequests'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/advisers/access': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 本人在法律顾问台账中的权限 */
    get: operations['AdvisersController_can'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/advisers/engagements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 法律顾问聘任列表（政策法规股、局领导、管理员：全部；学校：覆盖本校的；其他股室：教育局聘请的） */
    get: operations['AdvisersController_list'];
    put?: never;
    /** 登记法律顾问聘任（政策法规股、管理员） */
    post: operations['AdvisersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/advisers/engagements/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 法律顾问聘任详情 */
    get: operations['AdvisersController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 修改法律顾问聘任（续聘改结束日期；政策法规股、管理员） */
    patch: operations['AdvisersController_update'];
    trace?: never;
  };
  '/advisers/engagements/{id}/dismiss': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 解聘（政策法规股、管理员），须填写日期和原因 */
    post: operations['AdvisersController_dismiss'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/advisers/requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 审查记录：法律顾问审查事项及用时（政策法规股、局领导、管理员：全部；股室：本股室提请的；法律顾问：提请给本人的） */
    get: operations['AdvisersController_listRequests'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/advisers/requests/{planId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 登记审查事项的类型（提请股室、政策法规股）或审查结论（法律顾问本人、政策法规股） */
    put: operations['AdvisersController_setDetail'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/advisers/figures/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 年度统计：按事项类型和法律顾问的审查数、按时数、平均用时（政策法规股、局领导、管理员） */
    get: operations['AdvisersController_figures'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/advisers/coverage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 学校法律顾问覆盖情况（今日有效的聘任；政策法规股、局领导、管理员） */
    get: operations['AdvisersController_schoolCoverage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/outbox/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 发给我的通知（到期提醒、督办、催办） */
    get: operations['OutboxController_mine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/outbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 全部发件箱：状态、尝试次数、最后错误（管理员） */
    get: operations['OutboxController_all'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/outbox/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出发件箱为 Excel（与列表相同的筛选条件，管理员） */
    get: operations['OutboxController_exportAll'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/outbox/retry-failed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 重新发送全部发送失败的邮件（管理员，如邮件服务器恢复之后） */
    post: operations['OutboxController_retryFailed'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/outbox/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 一封通知的内容（收件人本人或管理员） */
    get: operations['OutboxController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/outbox/{id}/retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 重新发送失败或未发送的邮件（管理员，如配置好邮件服务器之后） */
    post: operations['OutboxController_retry'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 我的通知（最新在前；unread=true 只看未读） */
    get: operations['NotificationsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/notifications/unread-count': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 我的未读通知数 */
    get: operations['NotificationsController_unreadCount'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/notifications/read-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 全部标为已读 */
    post: operations['NotificationsController_readAll'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/notifications/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 标为已读（只能是自己的通知）；返回剩余未读数 */
    post: operations['NotificationsController_read'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/robots': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 群机器人列表（管理员看全部，股室负责人看本股室的）；密钥已隐去 */
    get: operations['RobotsController_list'];
    put?: never;
    /** 新增钉钉或企业微信群机器人 */
    post: operations['RobotsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/robots/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 一个群机器人；密钥已隐去 */
    get: operations['RobotsController_get'];
    put?: never;
    post?: never;
    /** 删除群机器人 */
    delete: operations['RobotsController_remove'];
    options?: never;
    head?: never;
    /** 修改群机器人（名称、启用、Webhook、加签密钥；不填的密钥保持不变） */
    patch: operations['RobotsController_update'];
    trace?: never;
  };
  '/robots/{id}/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 发送测试消息（立即发送，返回机器人是否接受） */
    post: operations['RobotsController_test'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reminder-policy': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 提醒规则（按工作日计算） */
    get: operations['RemindersController_policy'];
    /** 修改提醒规则（管理员） */
    put: operations['RemindersController_update'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/reminder-runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 最近的每日提醒运行记录 */
    get: operations['RemindersController_runs'];
    put?: never;
    /** 立即执行今天的提醒（管理员）；同一天重复执行不会重复发送 */
    post: operations['RemindersController_runNow'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/notification-preferences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 我的通知设置：哪些提醒同时发邮件、钉钉群中是否 @ 我 */
    get: operations['RemindersController_myPreferences'];
    /** 修改我的通知设置（逾期督办邮件按局里规定不能关闭） */
    put: operations['RemindersController_savePreferences'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/me/calendar-feed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 我的日历订阅：是否开通、生成时间、最近读取时间 */
    get: operations['CalendarFeedsController_status'];
    put?: never;
    /** 开通或重新生成日历订阅地址（旧地址立即失效；地址只显示这一次） */
    post: operations['CalendarFeedsController_issue'];
    /** 停用日历订阅（地址立即失效） */
    delete: operations['CalendarFeedsController_revoke'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/feeds/calendar/{file}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 任务日历（iCalendar），供日历软件订阅；地址中的令牌即凭据，无需登录 */
    get: operations['CalendarFeedsController_calendar'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/binders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 我申请的汇编（管理员看全部），新的在前 */
    get: operations['BindersController_list'];
    put?: never;
    /** 申请生成某年度的佐证材料汇编（.zip，后台生成）；局领导、管理员、政策法规股可选任意范围，股室负责人只能汇编本股室 */
    post: operations['BindersController_request'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/binders/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 一份汇编的状态与进度 */
    get: operations['BindersController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/binders/{id}/download': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 下载生成完成的汇编（.zip） */
    get: operations['BindersController_download'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/certificates/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出执法证台账为 Excel（与列表相同的筛选条件和查看范围） */
    get: operations['CertificateExcelController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/certificates/import-template.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 执法证的导入模板 */
    get: operations['CertificateExcelController_template'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/certificates/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 从 Excel 导入执法证（政策法规股、管理员）：逐行校验，有任何错误则全部不导入 */
    post: operations['CertificateExcelController_import'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/certificates/access': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 本人对执法证台账的权限 */
    get: operations['CertificateExcelController_access'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/certificates/holders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 在某日持有效执法证的执法人员（办结执法环节时选择） */
    get: operations['CertificateExcelController_holders'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/certificates/expiry-notices/run': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 立即发送今天到期的执法证提醒（管理员；每日自动运行，重复运行不会重复发送） */
    post: operations['CertificateExcelController_runNotices'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/certificates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 执法证台账（政策法规股、局领导、管理员看全部；股室看本股室）：搜索、按股室和状态（含已过期、N 天内到期）筛选 */
    get: operations['CertificatesController_list'];
    put?: never;
    /** 登记执法证（政策法规股、管理员）；有效期至不填则按设置从发证日期起算 */
    post: operations['CertificatesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/certificates/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 一张执法证 */
    get: operations['CertificatesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 修改执法证登记信息（政策法规股、管理员） */
    patch: operations['CertificatesController_update'];
    trace?: never;
  };
  '/certificates/{id}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 暂扣、注销或恢复执法证（政策法规股、管理员），须说明理由 */
    post: operations['CertificatesController_changeStatus'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/inspections/targets/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出检查对象名录库为 Excel（与列表相同的筛选条件） */
    get: operations['InspectionsExcelController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/inspections/targets/import-template.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 检查对象名录库的导入模板 */
    get: operations['InspectionsExcelController_template'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/inspections/targets/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 从 Excel 导入检查对象（政策法规股、民办教育股、管理员）：逐行校验，有任何错误则全部不导入 */
    post: operations['InspectionsExcelController_import'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/inspections/targets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 检查对象名录库（搜索、按类别/风险等级/状态筛选） */
    get: operations['DirectoryController_targets'];
    put?: never;
    /** 新增检查对象（政策法规股、民办教育股、管理员） */
    post: operations['DirectoryController_createTarget'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/inspections/targets/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 修改检查对象，含停用（政策法规股、民办教育股、管理员） */
    patch: operations['DirectoryController_updateTarget'];
    trace?: never;
  };
  '/inspections/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 随机抽查事项清单 */
    get: operations['DirectoryController_items'];
    put?: never;
    /** 新增抽查事项（政策法规股、民办教育股、管理员）；比例默认取设置“双随机抽查比例” */
    post: operations['DirectoryController_createItem'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/inspections/items/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 修改抽查事项，含停用（政策法规股、民办教育股、管理员） */
    patch: operations['DirectoryController_updateItem'];
    trace?: never;
  };
  '/inspections/inspectors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 执法检查人员名录库：今天持有效执法证的人员（来自执法证台账） */
    get: operations['DirectoryController_inspectors'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/inspections/conflicts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 事先申报的回避（检查人员—检查对象） */
    get: operations['DirectoryController_conflicts'];
    put?: never;
    /** 申报回避（政策法规股、民办教育股、管理员）：执法证或人员二选一，并说明理由 */
    post: operations['DirectoryController_createConflict'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/inspections/conflicts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** 撤回回避申报（政策法规股、民办教育股、管理员）；已完成的抽取保留其快照，不受影响 */
    delete: operations['DirectoryController_removeConflict'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/inspections/draws': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 抽取记录（新的在前；可按抽查计划筛选，含已被替代的记录） */
    get: operations['DrawsController_list'];
    put?: never;
    /** 为一次抽查随机抽取检查对象和检查人员（政策法规股、民办教育股、管理员）；每次抽查只能抽取一次，重抽须说明理由 */
    post: operations['DrawsController_draw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/inspections/draws/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出抽取结果台账为 Excel：每个抽中的检查对象一行（检查人员、检查结果；可按抽查计划筛选，含已被替代的记录） */
    get: operations['DrawsController_exportResults'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/inspections/draws/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 一次抽取：输入、快照哈希、种子和结果 */
    get: operations['DrawsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/inspections/draws/{id}/redraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 重新抽取（须说明理由）：原记录保留并标记为已被替代，两次都记入审计日志 */
    post: operations['DrawsController_redraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/inspections/draws/{id}/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 验证：由保存的快照和种子文字重新计算，核对哈希、种子和结果 */
    get: operations['DrawsController_verify'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/inspections/draws/{id}/export.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出抽取的全部输入和结果（JSON），可用 scripts/verify-draw.ts 离线复核 */
    get: operations['DrawsController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/inspections/draws/{id}/targets/{position}/outcome': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 登记一个检查对象的检查结果（未发现问题/责令整改/立案查处/移送） */
    put: operations['DrawsController_outcome'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/inspections/draws/{id}/inspection-end': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** 填写检查结束日期（写入抽查事项的“检查结束日期”，据此生成结果公示任务） */
    put: operations['DrawsController_inspectionEnd'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/inspections/plan/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 年度抽查计划：事项、比例、频次和已完成的抽取次数 */
    get: operations['DrawsController_year'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/inspections/coverage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 覆盖情况：超过设置年限未被抽中的在库检查对象 */
    get: operations['DrawsController_coverage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 搜索任务、事项和台账（名称、文号/案号、股室、工作要点、证号、检查对象、整改问题）；范围与各列表相同，每组最多 20 条 */
    get: operations['SearchController_find'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/documents/export.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出规范性文件台账（与列表相同的筛选条件和可见范围） */
    get: operations['DocumentsExcelController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/documents/in-force.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 导出现行有效规范性文件目录（全局人员均可） */
    get: operations['DocumentsExcelController_exportInForce'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/documents/import-template.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 规范性文件台账的导入模板 */
    get: operations['DocumentsExcelController_template'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/documents/import': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 从 Excel 导入规范性文件（政策法规股、管理员）：逐行校验，有任何错误则全部不导入 */
    post: operations['DocumentsExcelController_import'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 规范性文件台账（股室只看本股室起草的；政策法规股、局领导看全部） */
    get: operations['DocumentsController_list'];
    put?: never;
    /** 登记规范性文件（政策法规股、管理员）；没有制定事项的文件同时生成届满前评估事项 */
    post: operations['DocumentsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/documents/access': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 调用者对台账的权限 */
    get: operations['DocumentsController_access'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/documents/in-force': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 现行有效规范性文件目录（全局人员均可查看） */
    get: operations['DocumentsController_inForce'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/documents/cleanup/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 年度清理：清理基准日（10月31日）现行有效的文件及本年度清理意见 */
    get: operations['DocumentsController_cleanup'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/documents/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 一件规范性文件：状态记录、来源事项 */
    get: operations['DocumentsController_detail'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** 修改台账登记内容（政策法规股、管理员） */
    patch: operations['DocumentsController_update'];
    trace?: never;
  };
  '/documents/{id}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 修改或废止（须填日期和理由；修改可指定替代文件） */
    post: operations['DocumentsController_changeStatus'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/documents/{id}/cleanup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** 登记本文件的年度清理意见（继续有效、修改、废止） */
    post: operations['DocumentsController_recordCleanup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 数据库和 Redis 状态（任一不可用时返回 503 并说明） */
    get: operations['HealthController_check'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** 进程存活检查 */
    get: operations['HealthController_live'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    FieldErrorView: {
      /** @description 出错的字段，如 items[0].title */
      field: string;
      /** @description 该字段的问题（中文） */
      message: string;
    };
    ErrorBodyView: {
      /** @example 400 */
      statusCode: number;
      /**
       * @description 错误类别（英文）
       * @example ValidationFailed
       */
      error: string;
      /** @description 给用户看的说明（中文） */
      message: string;
      /** @description 逐字段的问题（输入校验失败时） */
      fields?: components['schemas']['FieldErrorView'][];
      /** @description 请求编号，与日志对应 */
      requestId?: string;
    };
    LoginDto: {
      /**
       * @description 登录名
       * @example admin
       */
      login: string;
      /** @description 密码 */
      password: string;
    };
    UserView: {
      id: number;
      /** @description 登录名 */
      login: string;
      /** @description 姓名 */
      name: string;
      /** @description 电子邮箱 */
      email: string;
      /**
       * @description 角色
       * @enum {string}
       */
      role: 'admin' | 'leader' | 'head' | 'staff' | 'adviser';
      /** @description 角色名称 */
      roleName: string;
      /** @description 所属股室或学校 */
      departmentId: number | null;
      /** @description 是否局长（第一责任人） */
      isBureauHead: boolean;
      /** @description 职务 */
      title: string;
      /** @description 是否启用 */
      active: boolean;
      /** @description 分管的股室（仅局领导） */
      supervisedDepartmentIds: number[];
    };
    LoginResult: {
      /** @description 访问令牌，放在 Authorization: Bearer <token> 中 */
      token: string;
      /** @description 令牌过期时间（UTC） */
      expiresAt: string;
      /** @description 为 true 时须先修改密码（管理员生成或重置的密码），其他接口返回 403 PASSWORD_CHANGE_REQUIRED */
      mustChangePassword: boolean;
      user: components['schemas']['UserView'];
    };
    AuthOptions: {
      /** @description 是否为演示环境（界面显示“演示数据”横幅） */
      demo: boolean;
      /** @description 密码最少位数 */
      passwordMinLength: number;
    };
    ChangePasswordDto: {
      /** @description 当前密码 */
      currentPassword: string;
      /** @description 新密码：至少 8 位，不能是常见密码，不能与登录名相同 */
      newPassword: string;
    };
    DepartmentImportResult: {
      /** @description 新增的股室和学校数 */
      created: number;
    };
    ImportedUserView: {
      userId: number;
      /** @description 登录名 */
      login: string;
      /** @description 姓名 */
      name: string;
      /** @description 一次性初始密码：只在此显示一次，首次登录后必须修改 */
      initialPassword: string;
    };
    UserImportResult: {
      /** @description 新建的账号数 */
      created: number;
      /** @description 新建的账号及其一次性初始密码 */
      users: components['schemas']['ImportedUserView'][];
    };
    DepartmentView: {
      id: number;
      code: string;
      name: string;
      /**
       * @description office 股室；school 学校
       * @enum {string}
       */
      kind: 'office' | 'school';
      parentId: number | null;
      /** @description 停用的部门保留历史，不再接收新任务 */
      active: boolean;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    CreateDepartmentDto: {
      /**
       * @description 编码（字母、数字、短横线）
       * @example legal
       */
      code: string;
      /**
       * @description 名称
       * @example 政策法规股
       */
      name: string;
      /**
       * @description office 股室，school 学校
       * @enum {string}
       */
      kind: 'office' | 'school';
      /** @description 上级单位编号 */
      parentId?: number | null;
    };
    UpdateDepartmentDto: {
      /**
       * @description 编码（字母、数字、短横线）
       * @example legal
       */
      code?: string;
      /**
       * @description 名称
       * @example 政策法规股
       */
      name?: string;
      /**
       * @description office 股室，school 学校
       * @enum {string}
       */
      kind?: 'office' | 'school';
      /** @description 上级单位编号 */
      parentId?: number | null;
      /** @description 是否启用；停用的单位不再分配新任务 */
      active?: boolean;
    };
    DepartmentRoleView: {
      /** @example legal */
      roleCode: string;
      departmentId: number;
    };
    AssignRoleDto: {
      /** @description 承担该职责的股室编号 */
      departmentId: number;
    };
    UserViewPage: {
      /** @description 本页记录 */
      items: components['schemas']['UserView'][];
      /** @description 符合条件的记录总数；只在第一页（不带 cursor）统计，后续页为 null */
      total: number | null;
      page: number;
      pageSize: number;
      /** @description 下一页的 cursor；没有下一页时为 null */
      nextCursor: string | null;
    };
    CreateUserDto: {
      /**
       * @description 登录名（字母、数字、点、下划线、短横线）
       * @example zhangsan
       */
      login: string;
      /**
       * @description 姓名
       * @example 张三
       */
      name: string;
      /**
       * @description 电子邮箱（接收提醒）
       * @example zhangsan@example.gov.cn
       */
      email: string;
      /**
       * @description 角色：admin 管理员、leader 局领导、head 股室负责人、staff 工作人员、adviser 法律顾问
       * @enum {string}
       */
      role: 'admin' | 'leader' | 'head' | 'staff' | 'adviser';
      /** @description 所属股室或学校（股室负责人和工作人员必填） */
      departmentId?: number | null;
      /** @description 是否局长（第一责任人，接收最高一级督办升级） */
      isBureauHead?: boolean;
      /** @description 职务，如 副局长、股长、校长 */
      title?: string;
      /** @description 初始密码（至少 8 位）；不填则自动生成并在响应中返回一次 */
      password?: string;
    };
    CreatedUserView: {
      /** @description 新账号 */
      userId: number;
      /** @description 自动生成的初始密码（只显示这一次） */
      initialPassword?: string;
    };
    UpdateUserDto: {
      /**
       * @description 登录名（字母、数字、点、下划线、短横线）
       * @example zhangsan
       */
      login?: string;
      /**
       * @description 姓名
       * @example 张三
       */
      name?: string;
      /**
       * @description 电子邮箱（接收提醒）
       * @example zhangsan@example.gov.cn
       */
      email?: string;
      /**
       * @description 角色：admin 管理员、leader 局领导、head 股室负责人、staff 工作人员、adviser 法律顾问
       * @enum {string}
       */
      role?: 'admin' | 'leader' | 'head' | 'staff' | 'adviser';
      /** @description 所属股室或学校（股室负责人和工作人员必填） */
      departmentId?: number | null;
      /** @description 是否局长（第一责任人，接收最高一级督办升级） */
      isBureauHead?: boolean;
      /** @description 职务，如 副局长、股长、校长 */
      title?: string;
      /** @description 初始密码（至少 8 位）；不填则自动生成并在响应中返回一次 */
      password?: string;
      /** @description 是否启用；停用后立即无法登录，已签发的令牌失效 */
      active?: boolean;
    };
    ResetPasswordResult: {
      /** @description 新的临时密码（只显示这一次） */
      temporaryPassword: string;
    };
    SupervisionDto: {
      /** @description 该局领导分管的股室编号 */
      departmentIds: number[];
    };
    AuditEventView: {
      id: number;
      /** Format: date-time */
      at: string;
      /** @description 操作人；系统操作时为空 */
      userId: number | null;
      /** @description user 表示人员，否则为执行操作的系统部分（seed、reminders……） */
      actor: string;
      /** @description create、update、delete 或业务动作（如 task.complete） */
      action: string;
      /** @description 记录类型 */
      entity: string;
      /** @description 记录编号 */
      entityId: string;
      /** @description 修改前 */
      before: {
        [key: string]: unknown;
      } | null;
      /** @description 修改后 */
      after: {
        [key: string]: unknown;
      } | null;
      requestId: string | null;
    };
    AuditEventViewPage: {
      /** @description 本页记录 */
      items: components['schemas']['AuditEventView'][];
      /** @description 符合条件的记录总数；只在第一页（不带 cursor）统计，后续页为 null */
      total: number | null;
      page: number;
      pageSize: number;
      /** @description 下一页的 cursor；没有下一页时为 null */
      nextCursor: string | null;
    };
    BureauSettingView: {
      key: string;
      /** @description 名称 */
      label: string;
      /** @description 当前取值 */
      value: number;
      /** @description 目录默认值 */
      defaultValue: number;
      /** @description 单位 */
      unit: string;
    };
    BureauView: {
      name: string;
      settings: components['schemas']['BureauSettingView'][];
    };
    UpdateBureauDto: {
      /**
       * @description 单位名称
       * @example 某某县教育科技局
       */
      name?: string;
      /**
       * @description 本地化参数（键见 GET /bureau 的 settings），只需给出要修改的项
       * @example {
       *       "normativeDocFilingDays": 15
       *     }
       */
      settings?: Record<string, never>;
    };
    HolidayNameView: {
      /** @example 2027-01-01 */
      date: string;
      /** @example 元旦 */
      name: string;
    };
    CalendarYearView: {
      year: number;
      /**
       * @description builtin 随程序提供；admin 管理员载入
       * @enum {string}
       */
      source: 'builtin' | 'admin';
      /** @description 放假日期 */
      daysOff: string[];
      /** @description 调休上班日期 */
      makeUpWorkdays: string[];
      /** @description 节日名称 */
      holidays: components['schemas']['HolidayNameView'][] | null;
      /** Format: date-time */
      loadedAt: string;
      /** @description 载入人；随程序提供时为空 */
      loadedById: number | null;
    };
    CalendarHealthView: {
      /**
       * @description 今天（Asia/Shanghai）
       * @example 2026-11-02
       */
      today: string;
      /** @description 今年的安排是否已载入 */
      currentYearLoaded: boolean;
      /** @example 2027 */
      nextYear: number;
      /** @description 明年的安排是否已载入 */
      nextYearLoaded: boolean;
      /** @description 应当载入的年份（先今年，11 月 1 日起明年）；一切正常时为空 */
      missingYear: number | null;
      /** @description 给管理员的提示；一切正常时为空 */
      warning: string | null;
    };
    HolidayNameDto: {
      /**
       * @description 放假日期（YYYY-MM-DD）
       * @example 2027-01-01
       */
      date: string;
      /**
       * @description 节日名称
       * @example 元旦
       */
      name: string;
    };
    LoadCalendarYearDto: {
      /**
       * @description 年份
       * @example 2027
       */
      year: number;
      /**
       * @description 全部放假日期（YYYY-MM-DD），包括落在周末的放假日
       * @example [
       *       "2027-01-01",
       *       "2027-01-02",
       *       "2027-01-03"
       *     ]
       */
      daysOff: string[];
      /**
       * @description 调休上班日期（YYYY-MM-DD），只能是周六或周日；没有则传空列表
       * @example [
       *       "2027-02-20"
       *     ]
       */
      makeUpWorkdays: string[];
      /** @description 各放假日期对应的节日名称（可选） */
      holidays?: components['schemas']['HolidayNameDto'][];
    };
    WorkingDayAnswer: {
      /** @description 起算日期 */
      from: string;
      /** @description 工作日数 */
      n: number;
      /** @description 结果日期 */
      date: string;
      /** @description 结果日期是否工作日 */
      isWorkingDay: boolean;
    };
    WorkPointView: {
      id: number;
      key: string;
      /** @description 名称 */
      name: string;
      /**
       * @description 章节号，也是显示顺序
       * @example 2.6
       */
      section: string;
      description: string;
    };
    TemplateAnchorView: {
      /** @example publishedOn */
      key: string;
      /** @example 发布日期 */
      label: string;
      /** @description 登记事项时必须填写 */
      required: boolean;
      /** @description 期限文字中的说法，如 决定作出之日 */
      phrase?: string;
    };
    TemplateOptionView: {
      /** @example major */
      key: string;
      /** @example 是否重大执法决定 */
      label: string;
      /** @description 填写说明 */
      hint: string;
    };
    TemplateView: {
      id: number;
      key: string;
      workPointId: number;
      name: string;
      /**
       * @description annual 年度清单；event 逐件事项的步骤
       * @enum {string}
       */
      kind: 'annual' | 'event';
      description: string;
      /** @description 事件模板的事件日期 */
      anchors: components['schemas']['TemplateAnchorView'][];
      /** @description 登记事项时回答的是/否问题（如 是否重大执法决定） */
      options: components['schemas']['TemplateOptionView'][];
      /** @description 可登记此类事项的股室职责代码（bureau = 局机关任一股室，不含学校）；管理员可登记任何事项 */
      registrars: string[];
      /** @description 登记股室在本事项中承担的职责（牵头其事项） */
      registrarActsAs: string | null;
      /** @description 最后写入的目录版本；本单位自建模板为 0 */
      catalogueVersion: number;
      /** Format: date-time */
      updatedAt: string;
    };
    TemplateTargetView: {
      /** @description 目标数量，或单位设置的键 */
      count:
        | number
        | {
            setting: string;
          };
      /**
       * @description 计量单位
       * @example 次
       */
      unit: string;
      /**
       * @description 目标类型（缺省为 count）
       * @enum {string}
       */
      kind?: 'count' | 'percent' | 'perSchool';
      /** @description 比率的分子名称 */
      numeratorLabel?: string;
      /** @description 比率的分母名称 */
      denominatorLabel?: string;
    };
    TemplateItemView: {
      id: number;
      templateId: number;
      key: string;
      title: string;
      description: string;
      /** @description 依据 */
      basis: string;
      /** @description 台账要求 */
      evidenceHint: string;
      /** @description 牵头职责代码，或 schools */
      leadRole: string;
      /** @description 配合职责代码 */
      supportRoles: string[];
      /** @description 期限规则（yearly、beforeDate、quarterly、event……） */
      schedule: {
        [key: string]: unknown;
      };
      target: components['schemas']['TemplateTargetView'] | null;
      /** @description 配合任务也承担目标 */
      supportTarget: boolean;
      /** @description 完成后是否需要审核 */
      review: boolean;
      reviewerRole: string | null;
      /** @description 须先完成的同模板事项 */
      gates: string[];
      /** @description 仅在填写事件日期后生成 */
      whenAnchorSet: boolean;
      /** @description 适用条件：模板选项的键；登记时答“否”则本步骤记为不适用 */
      onlyIf: string | null;
      /** @description 最短期限：最早可办结日期的事件规则（reserved 为真时只要求日期留足期限） */
      earliest: {
        [key: string]: unknown;
      } | null;
      /** @description 延长期限：填写 anchor 指明的日期后，期限再顺延 steps */
      extension: {
        [key: string]: unknown;
      } | null;
      sortOrder: number;
      /** @description 停用的事项不再进入新计划 */
      active: boolean;
    };
    TemplateWithItemsView: {
      id: number;
      key: string;
      workPointId: number;
      name: string;
      /**
       * @description annual 年度清单；event 逐件事项的步骤
       * @enum {string}
       */
      kind: 'annual' | 'event';
      description: string;
      /** @description 事件模板的事件日期 */
      anchors: components['schemas']['TemplateAnchorView'][];
      /** @description 登记事项时回答的是/否问题（如 是否重大执法决定） */
      options: components['schemas']['TemplateOptionView'][];
      /** @description 可登记此类事项的股室职责代码（bureau = 局机关任一股室，不含学校）；管理员可登记任何事项 */
      registrars: string[];
      /** @description 登记股室在本事项中承担的职责（牵头其事项） */
      registrarActsAs: string | null;
      /** @description 最后写入的目录版本；本单位自建模板为 0 */
      catalogueVersion: number;
      /** Format: date-time */
      updatedAt: string;
      items: components['schemas']['TemplateItemView'][];
    };
    AnchorDto: {
      /** @description 日期键，如 publishedOn */
      key: string;
      /** @description 名称，如 发布日期 */
      label: string;
      /** @description 创建事项时是否必填 */
      required: boolean;
    };
    TargetDto: {
      /**
       * @description count 活动次数；percent 比率（填写分子分母）；perSchool 学校覆盖率（各校完成即可）
       * @default count
       * @enum {string}
       */
      kind: 'count' | 'percent' | 'perSchool';
      /** @description 目标数量，或目标百分比（percent、perSchool） */
      count: number;
      /** @description 计量单位，如 次、课时 */
      unit: string;
      /** @description 比率的分子名称，如 参考人数 */
      numeratorLabel?: string;
      /** @description 比率的分母名称，如 应参考人数 */
      denominatorLabel?: string;
    };
    TemplateItemDto: {
      /**
       * @description 事项键（模板内唯一）
       * @example legality-review
       */
      key: string;
      /** @description 事项名称 */
      title: string;
      /** @description 说明 */
      description?: string;
      /** @description 依据 */
      basis: string;
      /** @description 台账应有的佐证材料 */
      evidenceHint?: string;
      /** @description 牵头股室的职责代码（如 legal），或 schools 表示每所学校 */
      lead: string;
      /** @description 配合股室的职责代码 */
      support?: string[];
      /** @description 时间规则，如 {"kind":"yearly","monthDay":"03-31"} 或 {"kind":"event","anchor":"publishedOn","steps":[{"amount":30,"unit":"days"}]} */
      schedule: Record<string, never>;
      /** @description 目标数量 */
      target?: components['schemas']['TargetDto'];
      /** @description 配合任务也承担目标（默认只有牵头任务承担） */
      supportTarget?: boolean;
      /** @description 完成后是否需要审核 */
      review?: boolean;
      /** @description 审核股室的职责代码（默认 legal） */
      reviewerRole?: string;
      /** @description 前置事项（同一模板内的事项键） */
      gates?: string[];
      /** @description 仅在相关事件日期填写后才生成任务 */
      whenAnchorSet?: boolean;
    };
    CreateTemplateDto: {
      /** @description 模板键（全局唯一） */
      key: string;
      /** @description 所属工作要点编号 */
      workPointId: number;
      /** @description 模板名称 */
      name: string;
      /**
       * @description annual 年度事项；event 按事件（文件、决策、检查）逐件生成
       * @enum {string}
       */
      kind: 'annual' | 'event';
      description?: string;
      anchors?: components['schemas']['AnchorDto'][];
      items: components['schemas']['TemplateItemDto'][];
    };
    UpdateTemplateDto: {
      /** @description 可登记此类事项的股室职责代码；bureau 表示局机关任一股室（不含学校）；空数组表示仅管理员 */
      registrars?: string[];
      /** @description 登记股室在本事项中承担的职责（其牵头和配合事项由登记股室办理）；null 表示不替换 */
      registrarActsAs?: string | null;
    };
    UpdateTemplateItemDto: {
      /**
       * @description 事项键（模板内唯一）
       * @example legality-review
       */
      key?: string;
      /** @description 事项名称 */
      title?: string;
      /** @description 说明 */
      description?: string;
      /** @description 依据 */
      basis?: string;
      /** @description 台账应有的佐证材料 */
      evidenceHint?: string;
      /** @description 牵头股室的职责代码（如 legal），或 schools 表示每所学校 */
      lead?: string;
      /** @description 配合股室的职责代码 */
      support?: string[];
      /** @description 时间规则，如 {"kind":"yearly","monthDay":"03-31"} 或 {"kind":"event","anchor":"publishedOn","steps":[{"amount":30,"unit":"days"}]} */
      schedule?: Record<string, never>;
      /** @description 目标数量 */
      target?: components['schemas']['TargetDto'];
      /** @description 配合任务也承担目标（默认只有牵头任务承担） */
      supportTarget?: boolean;
      /** @description 完成后是否需要审核 */
      review?: boolean;
      /** @description 审核股室的职责代码（默认 legal） */
      reviewerRole?: string;
      /** @description 前置事项（同一模板内的事项键） */
      gates?: string[];
      /** @description 仅在相关事件日期填写后才生成任务 */
      whenAnchorSet?: boolean;
      /** @description 停用后不再进入新计划 */
      active?: boolean;
    };
    PlanView: {
      id: number;
      /**
       * @description annual 年度计划；event 逐件事项
       * @enum {string}
       */
      kind: 'annual' | 'event';
      year: number;
      /** @description 事件模板（年度计划为空） */
      templateId: number | null;
      /** @description 事项的文号或案号；年度计划为空字符串 */
      reference: string;
      title: string;
      /** @description 事件日期（键见模板的 anchors） */
      anchors: {
        [key: string]: string;
      };
      /** @description 登记时对模板选项的回答（如 major 是否重大执法决定）；模板无选项时为空 */
      options: {
        [key: string]: boolean;
      } | null;
      /** @description 生成计划时适用的单位参数 */
      settings: {
        [key: string]: number;
      };
      /** @description 年度计划的启用日期：此前到期的事项为补录 */
      startOn: string | null;
      createdById: number | null;
      /** @description 登记股室（管理员代为登记时为空） */
      registrarDepartmentId: number | null;
      /** @description 法律顾问审查：送达的法律顾问 */
      adviserId: number | null;
      /**
       * Format: date-time
       * @description 撤销时间
       */
      cancelledAt: string | null;
      /** @description 撤销理由 */
      cancelReason: string | null;
      /**
       * @description active 进行中；cancelled 已撤销；done 已完成（没有未完成的任务）
       * @enum {string}
       */
      state: 'active' | 'cancelled' | 'done';
      /** Format: date-time */
      createdAt: string;
    };
    CaseAbilities: {
      /** @description 可填写或更正事件日期 */
      editAnchors: boolean;
      /** @description 可撤销 */
      cancel: boolean;
    };
    CaseGateView: {
      taskId: number;
      title: string;
      /** @enum {string} */
      status: 'open' | 'submitted' | 'returned' | 'done' | 'na' | 'cancelled';
      /** @description 已满足（前置步骤不再是未完成状态） */
      satisfied: boolean;
    };
    CaseStepView: {
      /** @description 任务编号 */
      taskId: number;
      title: string;
      departmentId: number;
      departmentName: string;
      /** @description 配合任务（指向牵头任务） */
      supporting: boolean;
      /** @enum {string} */
      status: 'open' | 'submitted' | 'returned' | 'done' | 'na' | 'cancelled';
      /** @description 截止日期 YYYY-MM-DD；待定时为空 */
      dueOn: string | null;
      /** @description 截止日期待定的原因 */
      dueNote: string;
      /** @description 期限规则的文字说明 */
      scheduleText: string;
      /** Format: date-time */
      completedAt: string | null;
      /** @description 经办人 */
      assigneeName: string | null;
      /** @description 前置步骤 */
      gates: components['schemas']['CaseGateView'][];
    };
    CaseView: {
      plan: components['schemas']['PlanView'];
      /** @description 事件模板名称 */
      templateName: string;
      /** @description 登记人 */
      registrarName: string;
      /** @description 登记股室（管理员代为登记时为空字符串） */
      registrarDepartmentName: string;
      /** @description 法律顾问 */
      adviserName: string | null;
      /** @description 撤销人 */
      cancelledByName: string | null;
      can: components['schemas']['CaseAbilities'];
      steps: components['schemas']['CaseStepView'][];
    };
    CancelPlanDto: {
      /** @description 撤销理由 */
      reason: string;
    };
    PersonView: {
      id: number;
      name: string;
    };
    AdviserRequestView: {
      plan: components['schemas']['PlanView'];
      /** @description 登记股室 */
      registrarDepartmentName: string;
      /** @description 出具书面意见的步骤 */
      step: components['schemas']['CaseStepView'] | null;
    };
    PlanViewPage: {
      /** @description 本页记录 */
      items: components['schemas']['PlanView'][];
      /** @description 符合条件的记录总数；只在第一页（不带 cursor）统计，后续页为 null */
      total: number | null;
      page: number;
      pageSize: number;
      /** @description 下一页的 cursor；没有下一页时为 null */
      nextCursor: string | null;
    };
    CreateAnnualPlanDto: {
      /**
       * @description 计划年度
       * @example 2026
       */
      year: number;
      /**
       * @description 启用日期 YYYY-MM-DD（须在该年度内；默认：当年为今天，其他年度为1月1日）。此日期前到期的事项作为补录，不计逾期、不发提醒
       * @example 2026-06-01
       */
      startOn?: string;
    };
    PlanResultView: {
      plan: components['schemas']['PlanView'];
      /** @description 本次生成的任务数 */
      tasksCreated: number;
    };
    CreateEventPlanDto: {
      /** @description 事件模板编号（如 规范性文件、行政处罚案件） */
      templateId: number;
      /**
       * @description 事项编号，如 文号、案号（同一模板内唯一）
       * @example 某教发〔2026〕3号
       */
      reference: string;
      /**
       * @description 事项名称
       * @example 关于规范校外培训机构管理的通知
       */
      title: string;
      /**
       * @description 事件日期（键见模板的 anchors），YYYY-MM-DD
       * @example {
       *       "publishedOn": "2026-09-28"
       *     }
       */
      anchors: Record<string, never>;
      /**
       * @description 对模板选项的回答（键见模板的 options），如 { major: true }；未回答的选项按“是”处理
       * @example {
       *       "major": true
       *     }
       */
      options?: {
        [key: string]: boolean;
      };
      /** @description 法律顾问审查：审查请求送达的法律顾问（角色为法律顾问的用户编号） */
      adviserId?: number;
    };
    UpdateAnchorsDto: {
      /**
       * @description 要填写或更正的事件日期，YYYY-MM-DD
       * @example {
       *       "decidedOn": "2026-09-28"
       *     }
       */
      anchors: Record<string, never>;
      /** @description 更正已填写的日期时必填：更正理由（记入审计日志和任务历史） */
      reason?: string;
    };
    TaskSummary: {
      id: number;
      /** @description 事项 */
      title: string;
      /** @description 期次，如 2026年度、2026年第一季度 */
      periodLabel: string;
      /** @description 截止日期 YYYY-MM-DD；待定时为空 */
      dueOn: string | null;
      /** @description 距截止的天数，负数为已逾期天数 */
      daysLeft: number | null;
      /**
       * @description open 待办、submitted 待审核、returned 已退回、done 已完成、na 不适用、cancelled 已撤销
       * @enum {string}
       */
      status: 'open' | 'submitted' | 'returned' | 'done' | 'na' | 'cancelled';
      departmentId: number;
      /** @description 承办股室或学校 */
      departmentName: string;
      workPointId: number;
      /** @description 工作要点 */
      workPointName: string;
      planId: number;
      /** @description 计划 */
      planTitle: string;
      /** @description 是否配合任务 */
      supporting: boolean;
      needsReview: boolean;
      /**
       * @description 目标类型
       * @enum {string}
       */
      targetKind: 'none' | 'count' | 'percent' | 'perSchool';
      /** @description 目标数量（count）或目标百分比（percent） */
      targetCount: number | null;
      activityCount: number;
      /** @description 比率目标已达到的百分比 */
      percent: number | null;
      /**
       * Format: date-time
       * @description 最近一次催办的时间（未完成的任务才有）
       */
      urgedAt: string | null;
      /** @description 最近一次催办的局领导 */
      urgedByName: string | null;
      /** @description 完成日期 YYYY-MM-DD */
      doneOn: string | null;
      /** @description 逾期完成 */
      late: boolean;
      /** @description 补录（不计逾期、不发提醒） */
      backfill: boolean;
      /** @description 待处理的“不适用”申请理由（没有申请时为空） */
      naReason: string | null;
      /**
       * @description 待审核的内容：completion 办结审核；notApplicable “不适用”申请；都不是时为空
       * @enum {string|null}
       */
      reviewKind: 'completion' | 'notApplicable' | null;
    };
    TaskSummaryPage: {
      /** @description 本页记录 */
      items: components['schemas']['TaskSummary'][];
      /** @description 符合条件的记录总数；只在第一页（不带 cursor）统计，后续页为 null */
      total: number | null;
      page: number;
      pageSize: number;
      /** @description 下一页的 cursor；没有下一页时为 null */
      nextCursor: string | null;
    };
    TaskCounts: {
      /** @description 逾期 */
      overdue: number;
      /** @description 即将到期 */
      dueSoon: number;
      /** @description 其他未完成（含待审核、期限待定） */
      open: number;
      /** @description 已完成 */
      done: number;
      /** @description 不适用（不计入完成，也不计入逾期） */
      na: number;
      /** @description 合计 */
      total: number;
    };
    TaskView: {
      id: number;
      planId: number;
      templateItemId: number;
      workPointId: number;
      /** @description 承办股室或学校 */
      departmentId: number;
      /** @description 配合任务所属的牵头任务 */
      leadTaskId: number | null;
      /** @description 配合任务的牵头股室 */
      leadDepartmentId: number | null;
      /** @example 2026-Q1 */
      periodKey: string;
      /** @example 2026年第一季度 */
      periodLabel: string;
      title: string;
      description: string;
      /** @description 依据 */
      basis: string;
      /** @description 台账要求 */
      evidenceHint: string;
      /** @description 期限规则的文字说明，如 发布之日起30日内 */
      scheduleText: string;
      /** @description 截止日期 YYYY-MM-DD；待定时为空 */
      dueOn: string | null;
      /** @description 期限待定的原因 */
      dueNote: string;
      /** @description 最短期限：此日期前不能办结（YYYY-MM-DD） */
      earliestOn: string | null;
      /** @description 最短期限的文字说明，如 征求意见稿形成之日起满30日 */
      earliestNote: string;
      /** @enum {string} */
      status: 'open' | 'submitted' | 'returned' | 'done' | 'na' | 'cancelled';
      needsReview: boolean;
      /** @description 审核股室 */
      reviewerDepartmentId: number | null;
      /**
       * @description count 活动次数；percent 比率；perSchool 本校完成即可（覆盖率由教育局汇总）；none 无目标
       * @enum {string}
       */
      targetKind: 'none' | 'count' | 'percent' | 'perSchool';
      /** @description 目标数量（count）或目标百分比（percent） */
      targetCount: number | null;
      /** @description 计量单位 */
      targetUnit: string;
      /** @description 已记录的活动数（撤回的不计） */
      activityCount: number;
      /** @description 比率的分子名称，如 参考人数 */
      numeratorLabel: string;
      /** @description 比率的分母名称，如 应参考人数 */
      denominatorLabel: string;
      /** @description 分子 */
      numerator: number | null;
      /** @description 分母 */
      denominator: number | null;
      /** @description 已达到的百分比（一位小数）；未填写时为空 */
      percent: number | null;
      /** @description 须先完成的任务 */
      gateTaskIds: number[];
      /** @description 经办人 */
      assigneeId: number | null;
      /** @description 完成情况 */
      completionNote: string | null;
      /** @description 未达目标数量的说明 */
      shortfallReason: string | null;
      /** @description 最近一次退回或重新打开的理由 */
      returnReason: string | null;
      /** @description 完成日期 YYYY-MM-DD（工作实际完成之日） */
      doneOn: string | null;
      /** @description 逾期完成：完成日期晚于截止日期 */
      late: boolean;
      /** @description 补录：截止日期早于计划启用日期，不计逾期、不发提醒 */
      backfill: boolean;
      /** @description 待处理的“不适用”申请理由 */
      naReason: string | null;
      /**
       * Format: date-time
       * @description “不适用”申请时间；为空表示没有待处理的申请
       */
      naRequestedAt: string | null;
      /** @description “不适用”申请人 */
      naRequestedById: number | null;
      /** Format: date-time */
      completedAt: string | null;
      completedById: number | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    AssigneeView: {
      id: number;
      name: string;
    };
    TaskRef: {
      id: number;
      title: string;
      /** @enum {string} */
      status: 'open' | 'submitted' | 'returned' | 'done' | 'na' | 'cancelled';
      departmentName: string;
    };
    TransitionView: {
      id: number;
      taskId: number;
      /** @enum {string} */
      action:
        'issue' | 'complete' | 'submit' | 'accept' | 'return' | 'reopen' | 'schedule' | 'skip' | 'cancel' | 'measure' | 'naRequest' | 'naAccept' | 'naReject';
      /** @enum {string|null} */
      fromStatus: 'open' | 'submitted' | 'returned' | 'done' | 'na' | 'cancelled' | null;
      /** @enum {string} */
      toStatus: 'open' | 'submitted' | 'returned' | 'done' | 'na' | 'cancelled';
      note: string;
      userId: number | null;
      /** Format: date-time */
      at: string;
      userName: string;
    };
    ActivityView: {
      id: number;
      taskId: number;
      /** @description 日期 YYYY-MM-DD */
      occurredOn: string;
      title: string;
      /** @description 参加人员 */
      participants: string;
      note: string;
      createdById: number;
      /** Format: date-time */
      createdAt: string;
      /**
       * Format: date-time
       * @description 撤回时间；撤回的活动不计入目标
       */
      withdrawnAt: string | null;
      withdrawnById: number | null;
      /** @description 撤回理由 */
      withdrawReason: string | null;
    };
    EvidenceView: {
      id: number;
      fileName: string;
      mimeType: string;
      size: number;
      sha256: string;
      /** @description 材料所证明事项的日期 */
      effectiveOn: string;
      activityId: number | null;
      uploadedByName: string;
      /** Format: date-time */
      uploadedAt: string;
    };
    NamedUrgeView: {
      id: number;
      taskId: number;
      /** @description 被催办的股室 */
      departmentId: number;
      leaderId: number;
      message: string;
      /**
       * Format: date-time
       * @description 通知写入发件箱的时间
       */
      notifiedAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /** @description 催办的局领导 */
      leaderName: string;
    };
    TaskOfficerView: {
      certificateId: number;
      /** @description 执法证号 */
      certificateNo: string;
      /** @description 持证人 */
      holderName: string;
    };
    TaskOfficers: {
      /** @description 办结时须记录的持证执法人员人数（0 为不需要） */
      required: number;
      /** @description 办结时记录的执法人员 */
      officers: components['schemas']['TaskOfficerView'][];
    };
    TaskPermissions: {
      /** @description 可办结/提交审核、记录活动、上传材料 */
      work: boolean;
      /** @description 可审核通过或退回 */
      review: boolean;
      /** @description 可重新打开 */
      reopen: boolean;
      /** @description 可催办 */
      urge: boolean;
      /** @description 可申请“不适用” */
      requestNotApplicable: boolean;
      /** @description 可同意或不同意待处理的“不适用”申请 */
      decideNotApplicable: boolean;
    };
    TaskDetail: {
      task: components['schemas']['TaskView'];
      summary: components['schemas']['TaskSummary'];
      /** @description 经办人 */
      assignee: components['schemas']['AssigneeView'] | null;
      /** @description 前置事项及其状态 */
      gates: components['schemas']['TaskRef'][];
      /** @description 配合股室的任务（牵头任务可见） */
      supportingTasks: components['schemas']['TaskRef'][];
      /** @description 牵头任务（配合任务可见） */
      leadTask: components['schemas']['TaskRef'] | null;
      history: components['schemas']['TransitionView'][];
      activities: components['schemas']['ActivityView'][];
      evidence: components['schemas']['EvidenceView'][];
      urges: components['schemas']['NamedUrgeView'][];
      officers: components['schemas']['TaskOfficers'];
      can: components['schemas']['TaskPermissions'];
    };
    CoverageRow: {
      templateItemId: number;
      /** @example 学校章程建设 */
      title: string;
      workPointId: number;
      /** @example 2026 */
      periodKey: string;
      /** @example 2026年度 */
      periodLabel: string;
      /** @description 已完成的学校数 */
      done: number;
      /** @description 学校任务总数（不适用、已撤销的不计） */
      total: number;
      /**
       * @description 覆盖率（%，一位小数）
       * @example 80
       */
      percent: number;
      /**
       * @description 目标覆盖率（%）；非覆盖率事项为空
       * @example 100
       */
      target: number | null;
      /**
       * @description 计量说明
       * @example %（学校章程覆盖率）
       */
      unit: string;
      /** @description 是否达到目标；无目标时为空 */
      met: boolean | null;
    };
    SchoolProgressView: {
      coverage: components['schemas']['CoverageRow'];
      /** @description 各校任务（学校用户只看到汇总，列表为空） */
      schools: components['schemas']['TaskRef'][];
    };
    CompleteTaskDto: {
      /** @description 完成情况说明（必填） */
      note: string;
      /** @description 未达到目标数量时的说明 */
      shortfallReason?: string;
      /**
       * @description 工作实际完成的日期 YYYY-MM-DD（默认今天；不晚于今天，补录事项可填本年度内任一天）
       * @example 2026-03-20
       */
      doneOn?: string;
      /** @description 执法环节：参与的执法人员的执法证编号（须不少于该环节要求的人数，且在完成日有效） */
      officerCertificateIds?: number[];
    };
    AcceptDto: {
      /** @description 审核意见 */
      note?: string;
    };
    ReasonDto: {
      /** @description 理由（必填） */
      reason: string;
    };
    ActivityDto: {
      /**
       * @description 活动日期 YYYY-MM-DD
       * @example 2026-04-15
       */
      occurredOn: string;
      /**
       * @description 活动名称
       * @example 党组会会前学法：学习《行政复议法》
       */
      title: string;
      /** @description 参加人员 */
      participants?: string;
      /** @description 备注 */
      note?: string;
    };
    MeasureDto: {
      /**
       * @description 分子，如 参考人数（≥ 0 的整数，不大于分母）
       * @example 48
       */
      numerator: number;
      /**
       * @description 分母，如 应参考人数（> 0 的整数）
       * @example 50
       */
      denominator: number;
    };
    AssignDto: {
      /** @description 经办人（本部门负责人或工作人员）的用户编号；null 表示取消指定 */
      assigneeId: number | null;
    };
    UrgeDto: {
      /**
       * @description 催办内容
       * @example 请于本周五前完成并上传佐证材料
       */
      message: string;
    };
    UrgeView: {
      id: number;
      taskId: number;
      /** @description 被催办的股室 */
      departmentId: number;
      leaderId: number;
      message: string;
      /**
       * Format: date-time
       * @description 通知写入发件箱的时间
       */
      notifiedAt: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    FindingImportResult: {
      /** @description 导入的问题条数 */
      created: number;
    };
    FindingView: {
      id: number;
      /** @description 整改编号 */
      code: string;
      /** @enum {string} */
      source: 'self_check' | 'oversight' | 'case_review' | 'petition' | 'audit' | 'inspection' | 'other';
      /** @description 问题来源（中文） */
      sourceName: string;
      /** @description 来源说明 */
      sourceRef: string;
      /** @description 来源事项（计划）编号 */
      sourcePlanId: number | null;
      /** @description 发现日期 */
      foundOn: string;
      /** @description 发现年度 */
      year: number;
      description: string;
      /** @description 责任股室编号 */
      departmentId: number;
      /** @description 责任股室 */
      departmentName: string;
      /** @description 整改措施 */
      measures: string;
      /** @description 整改期限 */
      deadlineOn: string;
      /**
       * @description 状态（由整改任务的状态得出）
       * @enum {string}
       */
      status: 'open' | 'in_progress' | 'rectified' | 'closed' | 'cancelled';
      /** @description 状态（中文） */
      statusName: string;
      /** @description 逾期未整改 */
      overdue: boolean;
      /** @description 报告整改完成的日期 */
      rectifiedOn: string | null;
      /** @description 整改事项（计划）编号 */
      planId: number;
      /** @description 整改任务编号 */
      taskId: number;
      /** Format: date-time */
      createdAt: string;
    };
    FindingViewPage: {
      /** @description 本页记录 */
      items: components['schemas']['FindingView'][];
      /** @description 符合条件的记录总数；只在第一页（不带 cursor）统计，后续页为 null */
      total: number | null;
      page: number;
      pageSize: number;
      /** @description 下一页的 cursor；没有下一页时为 null */
      nextCursor: string | null;
    };
    FindingFiguresRow: {
      /**
       * @description 问题来源；合计行为空
       * @enum {string|null}
       */
      source: 'self_check' | 'oversight' | 'case_review' | 'petition' | 'audit' | 'inspection' | 'other' | null;
      sourceName: string;
      total: number;
      /** @description 待整改 */
      open: number;
      /** @description 整改中 */
      inProgress: number;
      /** @description 已整改（待销号） */
      rectified: number;
      /** @description 已销号 */
      closed: number;
      /** @description 已撤销 */
      cancelled: number;
      /** @description 逾期未整改 */
      overdue: number;
      /** @description 按期整改（报告整改完成不晚于期限） */
      onTime: number;
      /** @description 逾期整改 */
      late: number;
    };
    FindingFiguresView: {
      year: number;
      /** @description 按来源的统计，最后一行为合计 */
      rows: components['schemas']['FindingFiguresRow'][];
    };
    CreateFindingDto: {
      /**
       * @description 问题来源：self_check（自查）、oversight（督察）、case_review（案卷评查）、petition（信访）、audit（审计）、inspection（双随机检查）、other（其他）
       * @enum {string}
       */
      source: 'self_check' | 'oversight' | 'case_review' | 'petition' | 'audit' | 'inspection' | 'other';
      /** @description 来源说明（如督察通知、评查批次、信访件编号） */
      sourceRef?: string;
      /** @description 来源事项（计划）编号，可选 */
      sourcePlanId?: number | null;
      /**
       * @description 发现日期 YYYY-MM-DD
       * @example 2026-03-10
       */
      foundOn: string;
      /** @description 问题描述 */
      description: string;
      /** @description 整改措施 */
      measures?: string;
      /** @description 责任股室（部门编号） */
      departmentId: number;
      /**
       * @description 整改期限 YYYY-MM-DD（不早于发现日期）
       * @example 2026-04-30
       */
      deadlineOn: string;
    };
    FindingPermissionsView: {
      /** @description 可修改全部字段和整改期限 */
      edit: boolean;
      /** @description 可修改整改措施 */
      editMeasures: boolean;
      /** @description 可报告整改完成 */
      report: boolean;
      /** @description 可销号或退回 */
      verify: boolean;
    };
    FindingEvidenceView: {
      id: number;
      fileName: string;
      size: number;
      /** Format: date-time */
      uploadedAt: string;
    };
    FindingHistoryView: {
      /** Format: date-time */
      at: string;
      /** @description 操作（中文） */
      action: string;
      /** @description 说明或理由 */
      note: string;
      /** @description 操作人；系统操作时为空字符串 */
      userName: string;
      /** @description 修改的字段（编辑时） */
      changes: {
        [key: string]: unknown;
      } | null;
    };
    FindingDetailView: {
      finding: components['schemas']['FindingView'];
      can: components['schemas']['FindingPermissionsView'];
      /** @description 整改任务的佐证材料 */
      evidence: components['schemas']['FindingEvidenceView'][];
      /** @description 历史记录，按时间先后 */
      history: components['schemas']['FindingHistoryView'][];
    };
    UpdateFindingDto: {
      /** @description 问题描述 */
      description?: string;
      /** @description 整改措施 */
      measures?: string;
      /** @description 来源说明 */
      sourceRef?: string;
      /**
       * @description 新的整改期限 YYYY-MM-DD（须同时说明理由）
       * @example 2026-05-31
       */
      deadlineOn?: string;
      /** @description 变更整改期限的理由 */
      reason?: string;
    };
    ReportFindingDto: {
      /** @description 整改完成情况（必填；须已在整改任务中上传佐证材料） */
      note: string;
    };
    CloseFindingDto: {
      /** @description 销号意见 */
      note?: string;
    };
    SendBackFindingDto: {
      /** @description 退回理由（必填） */
      reason: string;
    };
    EvidenceFileView: {
      id: number;
      taskId: number;
      /** @description 所属活动记录 */
      activityId: number | null;
      /** @description 内容的 SHA-256 */
      sha256: string;
      /** @description 字节数 */
      size: number;
      /** @description 按内容识别的类型 */
      mimeType: string;
      fileName: string;
      /** @description 材料所证明事项的日期 */
      effectiveOn: string;
      uploadedById: number;
      /** Format: date-time */
      uploadedAt: string;
    };
    SummaryRow: {
      id: number;
      /** @description 名称 */
      name: string;
      /** @description 任务总数 */
      total: number;
      /** @description 已完成 */
      done: number;
      /** @description 逾期 */
      overdue: number;
      /** @description 不适用（不计入完成率的分母，也不计入逾期） */
      notApplicable: number;
      /** @description 完成率（0–1）：已完成 ÷（总数 − 不适用 − 已撤销） */
      completionRate: number;
      /** @description 按期完成（完成日期不晚于截止日期，或无截止日期） */
      onTime: number;
      /** @description 逾期完成 */
      late: number;
      /** @description 按期完成率（0–1）：按期完成 ÷ 已完成；尚无完成时为空 */
      onTimeRate: number | null;
      /** @description 是否本人分管（仅按股室统计时） */
      supervised?: boolean;
    };
    OversightSummary: {
      /** @description 统计日（Asia/Shanghai） */
      today: string;
      /** @description 统计的计划年度（按计划统计时为空） */
      year: number | null;
      /** @description 按股室/学校；本人分管的排在前面 */
      byDepartment: components['schemas']['SummaryRow'][];
      /** @description 按工作要点 */
      byWorkPoint: components['schemas']['SummaryRow'][];
    };
    FigureView: {
      /**
       * @description 统计项键（用于查看明细）
       * @example law-study.leadership-study
       */
      key: string;
      /**
       * @description 名称
       * @example 领导班子法治专题学习（集体学法）
       */
      label: string;
      /** @description 数值；无法统计时为空 */
      value: number | null;
      /** @description 相关事项总数（按时、完成类统计的分母） */
      total: number | null;
      /**
       * @description 单位
       * @example 次
       */
      unit: string;
      /** @description 能否根据现有记录统计 */
      available: boolean;
      /**
       * @description 无法统计的原因
       * @example 需要规范性文件台账（尚未建立）
       */
      reason: string | null;
    };
    WorkPointFiguresView: {
      /** @example law-study */
      key: string;
      /** @example 学法用法 */
      name: string;
      /** @example 2.2 */
      section: string;
      figures: components['schemas']['FigureView'][];
    };
    DepartmentOnTimeView: {
      departmentId: number;
      /** @example 政策法规股 */
      departmentName: string;
      /** @description 按期完成（到期日当天或之前） */
      onTime: number;
      /** @description 逾期完成 */
      late: number;
      /** @description 逾期未完成 */
      overdue: number;
      /** @description 未完成、尚未到期 */
      pending: number;
      /** @description 按期完成率（0–1，按已完成和逾期未完成计）；无到期事项时为空 */
      onTimeRate: number | null;
    };
    AnnualReportView: {
      /** @example 2026 */
      year: number;
      /**
       * @description 统计截至日期
       * @example 2026-12-31
       */
      asOf: string;
      workPoints: components['schemas']['WorkPointFiguresView'][];
      /** @description 各股室按期完成情况 */
      departments: components['schemas']['DepartmentOnTimeView'][];
    };
    FigureRecordView: {
      /**
       * @description 记录类别：活动、任务、案件（事项计划）、台账条目
       * @enum {string}
       */
      kind: 'activity' | 'task' | 'case' | 'entry';
      /** @description 任务（活动所属任务） */
      taskId: number | null;
      /** @description 案件（事项计划） */
      caseId: number | null;
      title: string;
      /** @description 文号、案号 */
      reference: string | null;
      departmentId: number | null;
      departmentName: string | null;
      /**
       * @description 活动日期、到期日或案件的起始日期
       * @example 2026-05-20
       */
      date: string | null;
      /** @description 任务状态，或台账条目的状态、结果 */
      status: string | null;
      /** @description 查看该记录的页面（界面路由，如 /tasks/12、/registers/documents/3） */
      link: string | null;
    };
    FigureRecordsView: {
      key: string;
      label: string;
      available: boolean;
      reason: string | null;
      records: components['schemas']['FigureRecordView'][];
    };
    EngagementImportResult: {
      /** @description 导入的聘任数 */
      created: number;
    };
    RegisterAccessView: {
      /** @description 能否登记、修改、导入聘任（政策法规股、管理员） */
      edit: boolean;
      /** @description 能否查看全局统计和学校覆盖（政策法规股、局领导、管理员） */
      readsAll: boolean;
    };
    NamedRefView: {
      id: number;
      name: string;
    };
    EngagementView: {
      id: number;
      /** @enum {string} */
      kind: 'firm' | 'person';
      /** @description 律师事务所 / 个人 */
      kindName: string;
      name: string;
      contact: string;
      phone: string;
      /** @description 法律顾问账号 */
      advisers: components['schemas']['NamedRefView'][];
      /** @enum {string} */
      engagedBy: 'bureau' | 'schools';
      /** @description 教育局聘请 / 一校一聘 / 多校连聘 */
      engagedByName: string;
      /** @description 覆盖的学校 */
      schools: components['schemas']['NamedRefView'][];
      startOn: string;
      endOn: string;
      /** @description 年费用（元） */
      fee: number | null;
      /** @enum {string} */
      status: 'pending' | 'active' | 'expired' | 'dismissed';
      /** @description 未开始 / 有效 / 到期 / 解聘 */
      statusName: string;
      dismissedOn: string | null;
      dismissReason: string | null;
      note: string;
      /** @description 调用者能否修改（政策法规股、管理员） */
      canEdit: boolean;
    };
    EngagementViewPage: {
      /** @description 本页记录 */
      items: components['schemas']['EngagementView'][];
      /** @description 符合条件的记录总数；只在第一页（不带 cursor）统计，后续页为 null */
      total: number | null;
      page: number;
      pageSize: number;
      /** @description 下一页的 cursor；没有下一页时为 null */
      nextCursor: string | null;
    };
    CreateEngagementDto: {
      /**
       * @description firm 律师事务所，person 个人
       * @enum {string}
       */
      kind: 'firm' | 'person';
      /**
       * @description 律师事务所或顾问姓名
       * @example 某某律师事务所
       */
      name: string;
      /** @description 联系人 */
      contact?: string;
      /** @description 联系电话 */
      phone?: string;
      /** @description 法律顾问账号（角色为法律顾问的用户编号） */
      adviserUserIds?: number[];
      /**
       * @description bureau 教育局聘请，schools 学校聘请（一校一聘/多校连聘）
       * @enum {string}
       */
      engagedBy: 'bureau' | 'schools';
      /** @description 覆盖的学校（部门编号） */
      schoolIds?: number[];
      /**
       * @description 合同开始日期
       * @example 2026-01-01
       */
      startOn: string;
      /**
       * @description 合同结束日期
       * @example 2026-12-31
       */
      endOn: string;
      /** @description 年费用（元） */
      fee?: number | null;
      /** @description 备注 */
      note?: string;
    };
    UpdateEngagementDto: {
      /**
       * @description firm 律师事务所，person 个人
       * @enum {string}
       */
      kind?: 'firm' | 'person';
      /**
       * @description 律师事务所或顾问姓名
       * @example 某某律师事务所
       */
      name?: string;
      /** @description 联系人 */
      contact?: string;
      /** @description 联系电话 */
      phone?: string;
      /** @description 法律顾问账号（角色为法律顾问的用户编号） */
      adviserUserIds?: number[];
      /**
       * @description bureau 教育局聘请，schools 学校聘请（一校一聘/多校连聘）
       * @enum {string}
       */
      engagedBy?: 'bureau' | 'schools';
      /** @description 覆盖的学校（部门编号） */
      schoolIds?: number[];
      /**
       * @description 合同开始日期
       * @example 2026-01-01
       */
      startOn?: string;
      /**
       * @description 合同结束日期
       * @example 2026-12-31
       */
      endOn?: string;
      /** @description 年费用（元） */
      fee?: number | null;
      /** @description 备注 */
      note?: string;
    };
    DismissEngagementDto: {
      /**
       * @description 解聘日期
       * @example 2026-06-30
       */
      dismissedOn: string;
      /** @description 解聘原因 */
      reason: string;
    };
    ReviewRequestView: {
      /** @description 事项（计划）编号 */
      planId: number;
      reference: string;
      title: string;
      registrarDepartmentName: string;
      /**
       * @description 事项类型（未登记为 null）
       * @enum {string|null}
       */
      kind: 'contract' | 'decision' | 'normative' | 'litigation' | 'petition' | 'other' | null;
      kindName: string;
      requestedOn: string | null;
      adviserId: number | null;
      adviserName: string;
      /** @description 意见出具期限（审查意见步骤的截止日） */
      dueOn: string | null;
      /** @description 约定的审查时限（工作日，事项登记时的设置） */
      limitWorkingDays: number;
      /** @description 出具意见日期 */
      opinionOn: string | null;
      /** @description 用时（工作日）：提请之日后至出具意见之日 */
      turnaround: number | null;
      /** @enum {string} */
      timeliness: 'onTime' | 'late' | 'pending' | 'overdue';
      /** @description 按时 / 超时 / 审查中 / 已超期 */
      timelinessName: string;
      /** @description 意见要点（法律顾问办结审查意见步骤时填写） */
      opinion: string | null;
      /** @enum {string|null} */
      result: 'lawful' | 'lawfulAfterChanges' | 'unlawful' | 'other' | null;
      resultName: string;
      cancelled: boolean;
      /** @description 调用者能否登记事项类型 */
      canSetKind: boolean;
      /** @description 调用者能否登记审查结论 */
      canSetResult: boolean;
    };
    ReviewRequestViewPage: {
      /** @description 本页记录 */
      items: components['schemas']['ReviewRequestView'][];
      /** @description 符合条件的记录总数；只在第一页（不带 cursor）统计，后续页为 null */
      total: number | null;
      page: number;
      pageSize: number;
      /** @description 下一页的 cursor；没有下一页时为 null */
      nextCursor: string | null;
    };
    ReviewRequestDetailDto: {
      /**
       * @description 事项类型：合同、重大决策、规范性文件、诉讼复议、信访、其他
       * @enum {string}
       */
      kind?: 'contract' | 'decision' | 'normative' | 'litigation' | 'petition' | 'other';
      /**
       * @description 审查结论：合法、修改后合法、不合法、其他意见
       * @enum {string|null}
       */
      result?: 'lawful' | 'lawfulAfterChanges' | 'unlawful' | 'other' | null;
    };
    TallyView: {
      total: number;
      /** @description 按时出具意见 */
      onTime: number;
      /** @description 超时出具或已超期未出具 */
      late: number;
      /** @description 审查中（未到期） */
      pending: number;
      /** @description 平均用时（工作日） */
      averageTurnaround: number | null;
    };
    KindTallyView: {
      total: number;
      /** @description 按时出具意见 */
      onTime: number;
      /** @description 超时出具或已超期未出具 */
      late: number;
      /** @description 审查中（未到期） */
      pending: number;
      /** @description 平均用时（工作日） */
      averageTurnaround: number | null;
      /** @enum {string|null} */
      kind: 'contract' | 'decision' | 'normative' | 'litigation' | 'petition' | 'other' | null;
      kindName: string;
    };
    AdviserTallyView: {
      total: number;
      /** @description 按时出具意见 */
      onTime: number;
      /** @description 超时出具或已超期未出具 */
      late: number;
      /** @description 审查中（未到期） */
      pending: number;
      /** @description 平均用时（工作日） */
      averageTurnaround: number | null;
      adviserId: number | null;
      adviserName: string;
    };
    AdviserFiguresView: {
      year: number;
      /** @description 当前设置的审查时限（工作日） */
      limitWorkingDays: number;
      all: components['schemas']['TallyView'];
      byKind: components['schemas']['KindTallyView'][];
      byAdviser: components['schemas']['AdviserTallyView'][];
    };
    SchoolCoverageView: {
      departmentId: number;
      name: string;
      covered: boolean;
      /** @description 覆盖该校的有效聘任 */
      engagements: string[];
    };
    AdviserCoverageView: {
      today: string;
      schools: number;
      covered: number;
      /** @description 覆盖率（%，一位小数） */
      rate: number;
      list: components['schemas']['SchoolCoverageView'][];
    };
    OutboxMessageView: {
      id: number;
      /**
       * @description digest 到期提醒与督办汇总；urge 催办；escalation 逾期督办（群机器人）；calendar 节假日安排未载入的提示（管理员）；expiry 执法证到期提醒
       * @enum {string}
       */
      kind: 'digest' | 'urge' | 'escalation' | 'calendar' | 'expiry';
      /**
       * @description email 邮件；dingtalk 钉钉群机器人；wecom 企业微信群机器人
       * @enum {string}
       */
      channel: 'email' | 'dingtalk' | 'wecom';
      /** @description 群机器人编号（钉钉、企业微信消息） */
      robotId: number | null;
      recipientId: number | null;
      toAddress: string;
      subject: string;
      /** @description 纯文本正文 */
      text: string;
      /** @description HTML 正文 */
      html: string;
      /**
       * @description pending 待发送、sending 发送中、sent 已发送、unsent 未配置邮件服务器而保留、failed 发送失败
       * @enum {string}
       */
      status: 'pending' | 'sending' | 'sent' | 'unsent' | 'failed';
      /** @description 已尝试发送次数 */
      attempts: number;
      /** @description 最后一次发送的错误（仅管理员可见，其他用户为空） */
      lastError: string | null;
      /** @description 邮件服务器返回的 Message-ID */
      smtpMessageId: string | null;
      /** Format: date-time */
      sentAt: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    OutboxMessageViewPage: {
      /** @description 本页记录 */
      items: components['schemas']['OutboxMessageView'][];
      /** @description 符合条件的记录总数；只在第一页（不带 cursor）统计，后续页为 null */
      total: number | null;
      page: number;
      pageSize: number;
      /** @description 下一页的 cursor；没有下一页时为 null */
      nextCursor: string | null;
    };
    RequeuedView: {
      /** @description 重新排队发送的通知 */
      requeued: number[];
    };
    NotificationView: {
      id: number;
      /**
       * @description reminder 到期提醒、escalation 逾期督办、weekly 每周汇总、urge 催办、returned 审核退回、accepted 审核通过、assigned 指定经办人、redated 截止日期调整、expiry 执法证到期
       * @enum {string}
       */
      kind: 'reminder' | 'escalation' | 'weekly' | 'urge' | 'returned' | 'accepted' | 'assigned' | 'redated' | 'expiry';
      /** @description 相关任务（每周汇总为空） */
      taskId: number | null;
      /** @description 通知时的任务名称 */
      taskTitle: string;
      /** @description 通知内容 */
      text: string;
      /**
       * @description emailSent 已发送到邮箱、emailSending 正在发送、emailUnsent 邮件未发送、inApp 仅系统内通知
       * @enum {string}
       */
      delivery: 'emailSent' | 'emailSending' | 'emailUnsent' | 'inApp';
      /** @description 送达情况（给用户看的文字） */
      deliveryText: string;
      /** Format: date-time */
      readAt: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    NotificationViewPage: {
      /** @description 本页记录 */
      items: components['schemas']['NotificationView'][];
      /** @description 符合条件的记录总数；只在第一页（不带 cursor）统计，后续页为 null */
      total: number | null;
      page: number;
      pageSize: number;
      /** @description 下一页的 cursor；没有下一页时为 null */
      nextCursor: string | null;
    };
    UnreadCountView: {
      /** @description 未读通知数 */
      unread: number;
    };
    RobotView: {
      id: number;
      /** @description 所属股室；null 为全局机器人 */
      departmentId: number | null;
      /** @description 所属股室名称；null 为全局 */
      departmentName: string | null;
      /**
       * @description dingtalk 钉钉；wecom 企业微信
       * @enum {string}
       */
      kind: 'dingtalk' | 'wecom';
      name: string;
      enabled: boolean;
      /** @description Webhook 地址，凭据已隐去（如 access_token=****abcd） */
      webhook: string;
      /** @description 加签密钥，已隐去（如 ****abcd）；企业微信为 null */
      secret: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    CreateRobotDto: {
      /**
       * @description dingtalk 钉钉自定义机器人；wecom 企业微信群机器人
       * @enum {string}
       */
      kind: 'dingtalk' | 'wecom';
      /**
       * @description 名称，如“局办公室工作群”
       * @example 局办公室工作群
       */
      name: string;
      /** @description 所属股室编号；不填或 null 为全局机器人（接收逾期督办，仅管理员）。股室负责人只能配置本股室的 */
      departmentId?: number | null;
      /** @description 钉钉：机器人设置中的 Webhook 地址（https://oapi.dingtalk.com/robot/send?access_token=…）；企业微信：群机器人的 Webhook 地址（…/webhook/send?key=…）或其中的 key */
      webhook: string;
      /** @description 钉钉机器人“加签”密钥（SEC 开头，钉钉必填） */
      secret?: string;
      /** @description 是否启用，默认启用 */
      enabled?: boolean;
    };
    UpdateRobotDto: {
      /** @description 名称 */
      name?: string;
      /** @description 新的 Webhook（不填则不变）。钉钉：机器人设置中的 Webhook 地址（https://oapi.dingtalk.com/robot/send?access_token=…）；企业微信：群机器人的 Webhook 地址（…/webhook/send?key=…）或其中的 key */
      webhook?: string;
      /** @description 新的钉钉加签密钥（不填则不变） */
      secret?: string;
      /** @description 是否启用 */
      enabled?: boolean;
    };
    RobotTestView: {
      /** @description 机器人是否接受了测试消息 */
      ok: boolean;
      /** @description 失败原因 */
      error: string | null;
    };
    ReminderPolicyView: {
      /** @description 固定为 1 */
      id: number;
      enabled: boolean;
      /** @description 到期前第几个工作日提醒 */
      daysBefore: number[];
      /** @description 到期当日提醒 */
      onDueDate: boolean;
      /** @description 逾期后每个工作日提醒 */
      overdueDaily: boolean;
      /** @description 逾期多少个工作日报分管领导 */
      escalateToSupervisorAfter: number;
      /** @description 逾期多少个工作日报局长 */
      escalateToBureauHeadAfter: number;
      /** @description 领导周报在星期几（1 = 星期一） */
      weeklySummaryWeekday: number;
      /**
       * @description 每日运行时间 HH:mm（Asia/Shanghai）
       * @example 08:30
       */
      runAt: string;
      /**
       * Format: date-time
       * @description 最后修改时间；从未修改过时没有
       */
      updatedAt?: string;
    };
    UpdatePolicyDto: {
      /** @description 是否发送提醒 */
      enabled?: boolean;
      /** @description 到期前第几个工作日提醒，如 [7, 3, 1] */
      daysBefore?: number[];
      /** @description 到期当日提醒 */
      onDueDate?: boolean;
      /** @description 逾期后每个工作日提醒股室负责人 */
      overdueDaily?: boolean;
      /** @description 逾期满几个工作日报分管领导（默认 3） */
      escalateToSupervisorAfter?: number;
      /** @description 逾期满几个工作日报局长（默认 10） */
      escalateToBureauHeadAfter?: number;
      /** @description 领导周汇总在星期几发送（1=星期一 … 5=星期五；遇节假日顺延到下一个工作日） */
      weeklySummaryWeekday?: number;
      /**
       * @description 每日发送时间 HH:mm（北京时间）
       * @example 08:30
       */
      runAt?: string;
    };
    ReminderRunView: {
      /** @description 运行日（Asia/Shanghai） */
      runDate: string;
      /** Format: date-time */
      startedAt: string;
      /** Format: date-time */
      finishedAt: string | null;
      /** @description 写入发件箱的通知数 */
      messages: number;
      /** @description 因缺少该年节假日安排而跳过的任务数 */
      skippedTasks: number;
      /** @description 未发送或跳过任务的原因；没有跳过时为空 */
      skipReason: string | null;
    };
    QueuedView: {
      /** @description 是否已排队；为 false 时暂时无法连接队列，稍后自动补做 */
      queued: boolean;
    };
    NotificationPreferencesView: {
      /** @description 每日到期提醒发邮件 */
      digestEmail: boolean;
      /** @description 领导周报发邮件 */
      weeklyEmail: boolean;
      /** @description 催办发邮件 */
      urgeEmail: boolean;
      /** @description 逾期督办发邮件（始终为 true） */
      escalationEmail: boolean;
      /** @description 钉钉群中 @ 的手机号 */
      chatMobile: string | null;
      /** @description 局里规定不能关闭的项 */
      required: string[];
    };
    UpdatePreferencesDto: {
      /** @description 每日到期提醒是否发邮件 */
      digestEmail?: boolean;
      /** @description 领导周报是否发邮件 */
      weeklyEmail?: boolean;
      /** @description 催办是否发邮件 */
      urgeEmail?: boolean;
      /** @description 逾期督办是否发邮件（局里规定必须发送，只能为 true） */
      escalationEmail?: boolean;
      /** @description 钉钉绑定的手机号：本股室钉钉群的每日提醒会 @ 这个号码；null 为不 @ */
      chatMobile?: string | null;
    };
    CalendarFeedStatusView: {
      /** @description 是否已开通日历订阅 */
      active: boolean;
      /**
       * Format: date-time
       * @description 当前订阅地址的生成时间
       */
      createdAt: string | null;
      /**
       * Format: date-time
       * @description 日历软件最近一次读取的时间
       */
      lastFetchedAt: string | null;
    };
    CalendarFeedIssuedView: {
      /**
       * @description 订阅地址（含私密令牌；只显示这一次，请复制到日历软件）
       * @example https://fazhi.example.gov.cn/feeds/calendar/….ics
       */
      url: string;
      /** Format: date-time */
      createdAt: string;
    };
    CreateBinderDto: {
      /**
       * @description 年度（该年度各计划的任务）
       * @example 2026
       */
      year: number;
      /** @description 只汇编一个工作要点（编号） */
      workPointId?: number;
      /** @description 只汇编一个股室（编号）；股室负责人只能汇编本股室，不填即本股室 */
      departmentId?: number;
    };
    BinderView: {
      id: number;
      year: number;
      workPointId: number | null;
      /** @description 工作要点名称；null 为全部 */
      workPointName: string | null;
      departmentId: number | null;
      /** @description 股室名称；null 为全部 */
      departmentName: string | null;
      requestedById: number;
      /** @description 申请人 */
      requestedByName: string;
      /**
       * @description queued 排队中；running 生成中；done 已完成；failed 失败
       * @enum {string}
       */
      status: 'queued' | 'running' | 'done' | 'failed';
      /** @description 已写入的文件数 */
      filesDone: number;
      /** @description 文件总数（开始生成后确定） */
      filesTotal: number;
      /** @description 压缩包大小（字节），完成后给出 */
      bytes: number;
      /** @description 失败原因 */
      error: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      finishedAt: string | null;
      /** Format: date-time */
      expiresAt: string;
    };
    CertificateImportResult: {
      /** @description 导入的证件数 */
      created: number;
    };
    CertificateAccessView: {
      /** @description 可以登记、修改、导入执法证（政策法规股、管理员） */
      canEdit: boolean;
    };
    OfficerView: {
      certificateId: number;
      certificateNo: string;
      holderName: string;
      userId: number | null;
      departmentId: number;
      category: string;
      expiresOn: string;
    };
    ExpiryRunResult: {
      /** @description 本次写入提醒的证件数 */
      certificates: number;
      /** @description 写入发件箱的邮件数（含以前未发出的） */
      messages: number;
    };
    CertificateView: {
      id: number;
      /** @description 执法证号 */
      certificateNo: string;
      /** @description 持证人姓名 */
      holderName: string;
      /** @description 持证人账号编号 */
      holderUserId: number | null;
      /** @description 持证人账号的姓名 */
      holderUserName: string | null;
      departmentId: number;
      /** @description 所属股室 */
      departmentName: string;
      /** @description 执法类别 */
      category: string;
      /** @description 发证日期 */
      issuedOn: string;
      /** @description 有效期至 */
      expiresOn: string;
      /**
       * @description 登记的状态
       * @enum {string}
       */
      status: 'valid' | 'suspended' | 'revoked';
      /**
       * @description 当前状态（有效证件过了有效期为 expired）
       * @enum {string}
       */
      state: 'valid' | 'suspended' | 'revoked' | 'expired';
      /** @description 当前状态的中文名 */
      stateName: string;
      /** @description 距到期的天数（已过期为负数） */
      daysLeft: number;
      /** @description 最近一次状态变更的理由 */
      statusReason: string | null;
      notes: string;
      /** Format: date-time */
      updatedAt: string;
    };
    CertificateViewPage: {
      /** @description 本页记录 */
      items: components['schemas']['CertificateView'][];
      /** @description 符合条件的记录总数；只在第一页（不带 cursor）统计，后续页为 null */
      total: number | null;
      page: number;
      pageSize: number;
      /** @description 下一页的 cursor；没有下一页时为 null */
      nextCursor: string | null;
    };
    CreateCertificateDto: {
      /**
       * @description 持证人姓名
       * @example 李明
       */
      holderName: string;
      /** @description 持证人的系统账号编号（可不填：持证人不一定有账号） */
      holderUserId?: number | null;
      /** @description 所属股室编号 */
      departmentId: number;
      /**
       * @description 执法证号（唯一）
       * @example 浙A12345678
       */
      certificateNo: string;
      /**
       * @description 执法类别
       * @example 教育行政执法
       */
      category: string;
      /**
       * @description 发证日期 YYYY-MM-DD
       * @example 2024-03-15
       */
      issuedOn: string;
      /**
       * @description 有效期至 YYYY-MM-DD（不填则按“行政执法证件有效期”设置从发证日期起算）
       * @example 2029-03-14
       */
      expiresOn?: string;
      /** @description 备注 */
      notes?: string;
    };
    UpdateCertificateDto: {
      /**
       * @description 持证人姓名
       * @example 李明
       */
      holderName?: string;
      /** @description 持证人的系统账号编号（可不填：持证人不一定有账号） */
      holderUserId?: number | null;
      /** @description 所属股室编号 */
      departmentId?: number;
      /**
       * @description 执法证号（唯一）
       * @example 浙A12345678
       */
      certificateNo?: string;
      /**
       * @description 执法类别
       * @example 教育行政执法
       */
      category?: string;
      /**
       * @description 发证日期 YYYY-MM-DD
       * @example 2024-03-15
       */
      issuedOn?: string;
      /**
       * @description 有效期至 YYYY-MM-DD（不填则按“行政执法证件有效期”设置从发证日期起算）
       * @example 2029-03-14
       */
      expiresOn?: string;
      /** @description 备注 */
      notes?: string;
    };
    ChangeCertificateStatusDto: {
      /**
       * @description valid 有效（恢复）、suspended 暂扣、revoked 注销
       * @enum {string}
       */
      status: 'valid' | 'suspended' | 'revoked';
      /** @description 变更理由（必填） */
      reason: string;
    };
    ImportResultView: {
      /** @description 新增的检查对象数 */
      created: number;
    };
    TargetView: {
      id: number;
      name: string;
      /** @description 类别代码 */
      category: string;
      /** @description 类别名称 */
      categoryLabel: string;
      area: string;
      /** @description 风险等级代码 low/medium/high */
      riskLevel: string;
      /** @description 风险等级：低/中/高 */
      riskLabel: string;
      supervisingDepartmentId: number | null;
      supervisingDepartmentName: string | null;
      schoolDepartmentId: number | null;
      active: boolean;
      /** @description 最近一次被抽中检查的抽取日期 */
      lastInspectedOn: string | null;
    };
    TargetViewPage: {
      /** @description 本页记录 */
      items: components['schemas']['TargetView'][];
      /** @description 符合条件的记录总数；只在第一页（不带 cursor）统计，后续页为 null */
      total: number | null;
      page: number;
      pageSize: number;
      /** @description 下一页的 cursor；没有下一页时为 null */
      nextCursor: string | null;
    };
    CreateTargetDto: {
      /**
       * @description 检查对象名称
       * @example 城关镇第一小学
       */
      name: string;
      /**
       * @description 类别：school 中小学校、kindergarten 幼儿园、training 校外培训机构、private 民办学校、other 其他
       * @enum {string}
       */
      category: 'school' | 'kindergarten' | 'training' | 'private' | 'other';
      /**
       * @description 所在乡镇/街道
       * @example 城关镇
       */
      area?: string;
      /**
       * @description 风险等级：low 低、medium 中、high 高（默认低）
       * @enum {string}
       */
      riskLevel?: 'low' | 'medium' | 'high';
      /** @description 监管股室（部门编号），用于“监管股室人员回避”规则 */
      supervisingDepartmentId?: number | null;
      /** @description 对应的本局学校（部门编号），可不填 */
      schoolDepartmentId?: number | null;
      /**
       * @description 是否在库（停用后不再参加抽取）
       * @default true
       */
      active: boolean;
    };
    UpdateTargetDto: {
      /**
       * @description 检查对象名称
       * @example 城关镇第一小学
       */
      name?: string;
      /**
       * @description 类别：school 中小学校、kindergarten 幼儿园、training 校外培训机构、private 民办学校、other 其他
       * @enum {string}
       */
      category?: 'school' | 'kindergarten' | 'training' | 'private' | 'other';
      /**
       * @description 所在乡镇/街道
       * @example 城关镇
       */
      area?: string;
      /**
       * @description 风险等级：low 低、medium 中、high 高（默认低）
       * @enum {string}
       */
      riskLevel?: 'low' | 'medium' | 'high';
      /** @description 监管股室（部门编号），用于“监管股室人员回避”规则 */
      supervisingDepartmentId?: number | null;
      /** @description 对应的本局学校（部门编号），可不填 */
      schoolDepartmentId?: number | null;
      /**
       * @description 是否在库（停用后不再参加抽取）
       * @default true
       */
      active: boolean;
    };
    ItemView: {
      id: number;
      title: string;
      legalBasis: string;
      category: string;
      categoryLabel: string;
      method: string;
      ratioPercent: number;
      active: boolean;
    };
    CreateItemDto: {
      /**
       * @description 抽查事项
       * @example 民办学校办学行为检查
       */
      title: string;
      /**
       * @description 抽查依据
       * @example 《中华人民共和国民办教育促进法》第四十一条
       */
      legalBasis: string;
      /**
       * @description 检查对象类别
       * @enum {string}
       */
      category: 'school' | 'kindergarten' | 'training' | 'private' | 'other';
      /**
       * @description 检查方式
       * @example 现场检查
       */
      method: string;
      /** @description 抽查比例（%，1–100；默认取设置“双随机抽查比例”） */
      ratioPercent?: number;
      /**
       * @description 是否启用
       * @default true
       */
      active: boolean;
    };
    UpdateItemDto: {
      /**
       * @description 抽查事项
       * @example 民办学校办学行为检查
       */
      title?: string;
      /**
       * @description 抽查依据
       * @example 《中华人民共和国民办教育促进法》第四十一条
       */
      legalBasis?: string;
      /**
       * @description 检查对象类别
       * @enum {string}
       */
      category?: 'school' | 'kindergarten' | 'training' | 'private' | 'other';
      /**
       * @description 检查方式
       * @example 现场检查
       */
      method?: string;
      /** @description 抽查比例（%，1–100；默认取设置“双随机抽查比例”） */
      ratioPercent?: number;
      /**
       * @description 是否启用
       * @default true
       */
      active: boolean;
    };
    InspectorView: {
      certificateId: number;
      certificateNo: string;
      holderName: string;
      userId: number | null;
      departmentId: number;
      departmentName: string;
      /** @description 执法类别 */
      category: string;
      /** @description 执法证有效期至 */
      expiresOn: string;
    };
    ConflictView: {
      id: number;
      targetId: number;
      targetName: string;
      certificateId: number | null;
      userId: number | null;
      /** @description 须回避的人员（姓名或证号） */
      inspectorLabel: string;
      reason: string;
      /** Format: date-time */
      createdAt: string;
    };
    CreateConflictDto: {
      /** @description 检查对象编号 */
      targetId: number;
      /** @description 须回避的执法证（证件编号），与人员二选一 */
      certificateId?: number | null;
      /** @description 须回避的人员（用户编号），与执法证二选一 */
      userId?: number | null;
      /**
       * @description 回避理由
       * @example 近亲属在该校任职
       */
      reason: string;
    };
    DrawSummaryView: {
      id: number;
      planId: number;
      planTitle: string;
      itemId: number;
      itemTitle: string;
      drawnOn: string;
      targetCount: number;
      /** @description 被哪次重新抽取替代（为空即当前有效） */
      supersededById: number | null;
      redrawReason: string | null;
      drawnByName: string;
    };
    CreateDrawDto: {
      /** @description 本次抽查（“双随机抽查（单次）”事项）的计划编号 */
      planId: number;
      /** @description 抽查事项编号（决定检查对象类别和默认比例） */
      itemId: number;
      /** @description 按数量抽取的检查对象数；不填则按比例（向上取整，至少1个） */
      targetCount?: number;
      /** @description 按比例抽取的比例（%）；不填取抽查事项的比例 */
      ratioPercent?: number;
      /**
       * @description 每个检查对象的检查人员数（不少于2）
       * @default 2
       */
      inspectorsPerTarget: number;
      /**
       * @description 抽取会议现场确定的种子文字（如现场掷骰结果、在场人员共同写下的文字）
       * @example 2026年第二次抽查 现场骰子 3-5-1-6
       */
      seedText: string;
      /** @description 抽取日期 YYYY-MM-DD（默认今天；检查人员须在该日持有效执法证） */
      drawnOn?: string;
      /**
       * @description 监管股室人员回避（默认开启）
       * @default true
       */
      excludeSupervisingDepartment: boolean;
    };
    SnapshotHashesView: {
      /** @description 检查对象名录快照的 SHA-256（十六进制） */
      targets: string;
      /** @description 检查人员名录快照的 SHA-256 */
      inspectors: string;
      /** @description 回避清单快照的 SHA-256 */
      conflicts: string;
    };
    DrawnInspectorView: {
      certificateId: number;
      certificateNo: string;
      holderName: string;
    };
    DrawnTargetView: {
      position: number;
      targetId: number;
      targetName: string;
      inspectors: components['schemas']['DrawnInspectorView'][];
      /** @description clear/rectify/case/transfer */
      outcome: string | null;
      outcomeLabel: string | null;
      outcomeNote: string | null;
      outcomeOn: string | null;
    };
    DrawView: {
      id: number;
      planId: number;
      planTitle: string;
      itemId: number;
      itemTitle: string;
      drawnOn: string;
      targetCount: number;
      /** @description 被哪次重新抽取替代（为空即当前有效） */
      supersededById: number | null;
      redrawReason: string | null;
      drawnByName: string;
      seedText: string;
      /** @description 随机种子 = SHA-256(种子文字、三个快照哈希) */
      seed: string;
      /** @description ratio 按比例 / count 按数量 */
      countMode: string;
      ratioPercent: number | null;
      inspectorsPerTarget: number;
      excludeSupervisingDepartment: boolean;
      /** @description 抽取时名录中符合条件的检查对象数 */
      eligibleTargets: number;
      /** @description 抽取日持有效执法证的检查人员数 */
      eligibleInspectors: number;
      hashes: components['schemas']['SnapshotHashesView'];
      targets: components['schemas']['DrawnTargetView'][];
      /** @description 本次抽查的检查结束日期 */
      inspectionEndOn?: string | null;
    };
    RedrawDto: {
      /** @description 本次抽查（“双随机抽查（单次）”事项）的计划编号 */
      planId: number;
      /** @description 抽查事项编号（决定检查对象类别和默认比例） */
      itemId: number;
      /** @description 按数量抽取的检查对象数；不填则按比例（向上取整，至少1个） */
      targetCount?: number;
      /** @description 按比例抽取的比例（%）；不填取抽查事项的比例 */
      ratioPercent?: number;
      /**
       * @description 每个检查对象的检查人员数（不少于2）
       * @default 2
       */
      inspectorsPerTarget: number;
      /**
       * @description 抽取会议现场确定的种子文字（如现场掷骰结果、在场人员共同写下的文字）
       * @example 2026年第二次抽查 现场骰子 3-5-1-6
       */
      seedText: string;
      /** @description 抽取日期 YYYY-MM-DD（默认今天；检查人员须在该日持有效执法证） */
      drawnOn?: string;
      /**
       * @description 监管股室人员回避（默认开启）
       * @default true
       */
      excludeSupervisingDepartment: boolean;
      /** @description 重新抽取的理由（原抽取记录保留并标记为已被替代） */
      reason: string;
    };
    VerifyView: {
      /** @description 重新计算的结果与记录一致 */
      matches: boolean;
      /** @description 发现的问题（中文） */
      problems: string[];
    };
    DrawParametersView: {
      targetCount: number;
      inspectorsPerTarget: number;
      excludeSupervisingDepartment: boolean;
    };
    DrawSnapshotsView: {
      /** @description 检查对象名录快照（规范 JSON 文本） */
      targets: string;
      inspectors: string;
      conflicts: string;
    };
    DrawnResultView: {
      targetId: number;
      certificateIds: number[];
    };
    DrawExportView: {
      drawId: number;
      algorithm: string;
      seedText: string;
      parameters: components['schemas']['DrawParametersView'];
      snapshots: components['schemas']['DrawSnapshotsView'];
      hashes: components['schemas']['SnapshotHashesView'];
      seed: string;
      result: components['schemas']['DrawnResultView'][];
    };
    RecordOutcomeDto: {
      /**
       * @description 检查结果：clear 未发现问题、rectify 责令整改、case 立案查处、transfer 移送
       * @enum {string}
       */
      outcome: 'clear' | 'rectify' | 'case' | 'transfer';
      /** @description 说明 */
      note?: string;
      /** @description 检查日期 YYYY-MM-DD */
      outcomeOn: string;
    };
    InspectionEndDto: {
      /** @description 检查结束日期 YYYY-MM-DD（据此生成“结果公示”任务：结束后20个工作日内） */
      inspectionEndOn: string;
      /** @description 更正已填写的结束日期时须说明理由 */
      reason?: string;
    };
    PlanItemView: {
      id: number;
      title: string;
      legalBasis: string;
      category: string;
      categoryLabel: string;
      method: string;
      ratioPercent: number;
      active: boolean;
      /** @description 本年度已完成的抽取次数（不含被替代的） */
      drawsDone: number;
      /** @description 本年度应抽查次数（设置“双随机抽查频次”） */
      roundsPlanned: number;
      /** @description 该类别在库检查对象数 */
      targetsInCategory: number;
    };
    YearPlanView: {
      year: number;
      roundsPerYear: number;
      items: components['schemas']['PlanItemView'][];
    };
    InspectionCoverageView: {
      /** @description 覆盖年限（设置“双随机检查覆盖年限”） */
      years: number;
      /** @description 此日期以来未被抽中者列入 */
      since: string;
      notInspected: components['schemas']['TargetView'][];
    };
    SearchHit: {
      id: number;
      /** @description 名称 */
      title: string;
      /** @description 说明（股室、工作要点、期限或文号） */
      detail: string;
      /**
       * @description 界面中的位置，如 /tasks/12
       * @example /tasks/12
       */
      link: string;
    };
    SearchGroup: {
      /**
       * @description tasks 任务；cases 事项（逐件事项的计划）；documents 规范性文件；advisers 法律顾问；certificates 执法证；targets 检查对象；findings 整改问题
       * @enum {string}
       */
      kind: 'tasks' | 'cases' | 'documents' | 'advisers' | 'certificates' | 'targets' | 'findings';
      /**
       * @description 组名
       * @example 任务
       */
      label: string;
      /** @description 符合条件的总数（只列出前若干条） */
      total: number;
      items: components['schemas']['SearchHit'][];
    };
    SearchResult: {
      /** @description 搜索内容 */
      q: string;
      /** @description 按类别分组的结果 */
      groups: components['schemas']['SearchGroup'][];
    };
    DocumentImportResult: {
      created: number;
    };
    DocumentView: {
      id: number;
      /** @description 文号 */
      docNumber: string;
      title: string;
      /** @description 起草股室 */
      departmentId: number;
      departmentName: string;
      /** @description 公布日期 */
      publishedOn: string;
      /** @description 施行日期（有效期自此起算） */
      effectiveOn: string;
      /** @description 暂行、试行文件 */
      provisional: boolean;
      /** @description 有效期（年） */
      validityYears: number;
      /** @description 有效期届满日（最后有效日） */
      expiresOn: string;
      /**
       * @description 现行有效 / 已修改 / 已废止 / 已失效（届满未处理，按日期推定）
       * @enum {string}
       */
      status: 'in_force' | 'amended' | 'repealed' | 'expired';
      statusName: string;
      /** @description 修改或废止日期 */
      statusOn: string | null;
      /** @description 修改或废止理由 */
      statusReason: string | null;
      /** @description 替代本文件的文件（台账编号） */
      replacedById: number | null;
      /** @description 备案日期（台账登记的，或制定事项“报送备案”完成之日） */
      filedOn: string | null;
      /** @description 备案日期取自制定事项的“报送备案”步骤 */
      filedOnFromCase: boolean;
      /** @description 备案期限 */
      filingDueOn: string;
      /** @description 已过备案期限仍未备案 */
      filingOverdue: boolean;
      /** @description 已进行公平竞争审查 */
      fairCompetitionReviewed: boolean;
      /** @description 来源的制定事项（计划编号） */
      planId: number | null;
      /** @description 台账生成的届满前评估事项（计划编号） */
      evaluationPlanId: number | null;
      notes: string;
    };
    DocumentViewPage: {
      /** @description 本页记录 */
      items: components['schemas']['DocumentView'][];
      /** @description 符合条件的记录总数；只在第一页（不带 cursor）统计，后续页为 null */
      total: number | null;
      page: number;
      pageSize: number;
      /** @description 下一页的 cursor；没有下一页时为 null */
      nextCursor: string | null;
    };
    DocumentAccessView: {
      /** @description 可以登记和编辑（政策法规股、管理员） */
      canEdit: boolean;
      /** @description 可以查看全部文件（否则只看本股室起草的） */
      readsAll: boolean;
    };
    CleanupItemView: {
      document: components['schemas']['DocumentView'];
      /**
       * @description 本年度清理意见（未登记为空）
       * @enum {string|null}
       */
      result: 'continue' | 'amend' | 'repeal' | null;
      note: string;
    };
    CleanupView: {
      year: number;
      /** @description 清理基准日（年度清理事项的日期） */
      date: string;
      /** @description 基准日现行有效的文件 */
      items: components['schemas']['CleanupItemView'][];
    };
    DocumentEventView: {
      id: number;
      /**
       * @description amended 修改；repealed 废止；cleanup 年度清理意见
       * @enum {string}
       */
      kind: 'amended' | 'repealed' | 'cleanup';
      onDate: string;
      reason: string;
      replacedById: number | null;
      cleanupYear: number | null;
      /** @enum {string|null} */
      cleanupResult: 'continue' | 'amend' | 'repeal' | null;
      actorName: string;
      /** Format: date-time */
      createdAt: string;
    };
    DocumentDetailView: {
      document: components['schemas']['DocumentView'];
      /** @description 修改、废止和清理记录 */
      history: components['schemas']['DocumentEventView'][];
      /** @description 替代文件的文号 */
      replacedByNumber: string | null;
      /** @description 调用者可以编辑（政策法规股、管理员） */
      canEdit: boolean;
    };
    CreateDocumentDto: {
      /**
       * @description 文号（台账内唯一）
       * @example 某教发〔2026〕3号
       */
      docNumber: string;
      /**
       * @description 文件标题
       * @example 关于规范校外培训机构管理的通知
       */
      title: string;
      /** @description 起草股室（部门编号） */
      departmentId: number;
      /**
       * @description 公布日期 YYYY-MM-DD
       * @example 2026-03-01
       */
      publishedOn: string;
      /**
       * @description 施行日期 YYYY-MM-DD（有效期自此起算；默认同公布日期）
       * @example 2026-04-01
       */
      effectiveOn?: string;
      /** @description 暂行、试行文件（有效期按暂行、试行文件设置；默认按标题是否含“暂行”“试行”判断） */
      provisional?: boolean;
      /** @description 备案日期 YYYY-MM-DD */
      filedOn?: string | null;
      /** @description 已进行公平竞争审查 */
      fairCompetitionReviewed?: boolean;
      /** @description 备注 */
      notes?: string;
    };
    UpdateDocumentDto: {
      /**
       * @description 文号（台账内唯一）
       * @example 某教发〔2026〕3号
       */
      docNumber?: string;
      /**
       * @description 文件标题
       * @example 关于规范校外培训机构管理的通知
       */
      title?: string;
      /** @description 起草股室（部门编号） */
      departmentId?: number;
      /**
       * @description 公布日期 YYYY-MM-DD
       * @example 2026-03-01
       */
      publishedOn?: string;
      /**
       * @description 施行日期 YYYY-MM-DD（有效期自此起算；默认同公布日期）
       * @example 2026-04-01
       */
      effectiveOn?: string;
      /** @description 暂行、试行文件（有效期按暂行、试行文件设置；默认按标题是否含“暂行”“试行”判断） */
      provisional?: boolean;
      /** @description 备案日期 YYYY-MM-DD */
      filedOn?: string | null;
      /** @description 已进行公平竞争审查 */
      fairCompetitionReviewed?: boolean;
      /** @description 备注 */
      notes?: string;
    };
    ChangeStatusDto: {
      /**
       * @description amended 已修改 / repealed 已废止
       * @enum {string}
       */
      status: 'amended' | 'repealed';
      /** @description 修改或废止的日期 YYYY-MM-DD */
      on: string;
      /** @description 理由 */
      reason: string;
      /** @description 修改：替代本文件的新文件（台账编号） */
      replacedById?: number;
    };
    CleanupDto: {
      /**
       * @description 清理年度
       * @example 2026
       */
      year: number;
      /**
       * @description continue 继续有效 / amend 修改 / repeal 废止
       * @enum {string}
       */
      result: 'continue' | 'amend' | 'repeal';
      /** @description 说明 */
      note?: string;
    };
    HealthView: {
      /** @enum {string} */
      status: 'ok' | 'error' | 'shutting_down';
      /** @description 正常的组件 */
      info?: {
        [key: string]: {
          /** @enum {string} */
          status: 'up' | 'down';
        } & {
          [key: string]: unknown;
        };
      };
      /** @description 不可用的组件 */
      error?: {
        [key: string]: {
          /** @enum {string} */
          status: 'up' | 'down';
        } & {
          [key: string]: unknown;
        };
      };
      /** @description 全部组件 */
      details: {
        [key: string]: {
          /** @enum {string} */
          status: 'up' | 'down';
        } & {
          [key: string]: unknown;
        };
      };
    };
    LivenessView: {
      /** @enum {string} */
      status: 'ok';
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  AuthController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoginResult'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  AuthController_options: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuthOptions'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  AuthController_changePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePasswordDto'];
      };
    };
    responses: {
      /** @description 密码已修改 */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  OrgExcelController_exportDepartments: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 股室和学校（.xlsx） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  OrgExcelController_exportUsers: {
    parameters: {
      query?: {
        /** @description 上一页返回的 nextCursor；不填为第一页 */
        cursor?: string;
        /**
         * @deprecated
         * @description 页码（旧式分页，按偏移读取，深页较慢；请改用 cursor）
         */
        page?: number;
        /** @description 每页条数（1–200） */
        pageSize?: number;
        /** @description 按股室筛选 */
        departmentId?: number;
        /** @description 按角色筛选 */
        role?: 'admin' | 'leader' | 'head' | 'staff' | 'adviser';
        /** @description active 在用；inactive 已停用 */
        status?: 'active' | 'inactive';
        /** @description 姓名、登录名或邮箱包含 */
        q?: string;
        /** @description 排序字段，前加 - 为倒序；可选：name、login、role、createdAt */
        sort?: 'name' | '-name' | 'login' | '-login' | 'role' | '-role' | 'createdAt' | '-createdAt';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 人员（.xlsx） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  OrgExcelController_departmentTemplate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 导入模板（.xlsx） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  OrgExcelController_importDepartments: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description 按导入模板填写的 .xlsx 文件
           */
          file: string;
        };
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DepartmentImportResult'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  OrgExcelController_userTemplate: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 导入模板（.xlsx） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  OrgExcelController_importUsers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description 按导入模板填写的 .xlsx 文件
           */
          file: string;
        };
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserImportResult'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  OrgController_listDepartments: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DepartmentView'][];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  OrgController_createDepartment: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateDepartmentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DepartmentView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  OrgController_getDepartment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DepartmentView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  OrgController_updateDepartment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateDepartmentDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DepartmentView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  OrgController_roleMap: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DepartmentRoleView'][];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  OrgController_assignRole: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AssignRoleDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DepartmentRoleView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  OrgController_unassignRole: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        code: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 已取消 */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  OrgController_listUsers: {
    parameters: {
      query?: {
        /** @description 上一页返回的 nextCursor；不填为第一页 */
        cursor?: string;
        /**
         * @deprecated
         * @description 页码（旧式分页，按偏移读取，深页较慢；请改用 cursor）
         */
        page?: number;
        /** @description 每页条数（1–200） */
        pageSize?: number;
        /** @description 按股室筛选 */
        departmentId?: number;
        /** @description 按角色筛选 */
        role?: 'admin' | 'leader' | 'head' | 'staff' | 'adviser';
        /** @description active 在用；inactive 已停用 */
        status?: 'active' | 'inactive';
        /** @description 姓名、登录名或邮箱包含 */
        q?: string;
        /** @description 排序字段，前加 - 为倒序；可选：name、login、role、createdAt */
        sort?: 'name' | '-name' | 'login' | '-login' | 'role' | '-role' | 'createdAt' | '-createdAt';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserViewPage'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  OrgController_createUser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedUserView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  OrgController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  OrgController_getUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  OrgController_updateUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUserDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  OrgController_resetPassword: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ResetPasswordResult'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  OrgController_setSupervision: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SupervisionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  AuditController_query: {
    parameters: {
      query?: {
        /** @description 上一页返回的 nextCursor；不填为第一页 */
        cursor?: string;
        /**
         * @deprecated
         * @description 页码（旧式分页，按偏移读取，深页较慢；请改用 cursor）
         */
        page?: number;
        /** @description 每页条数（1–200） */
        pageSize?: number;
        /** @description 数据表，如 tasks、users */
        entity?: string;
        /** @description 记录编号（与 entity 一起使用） */
        entityId?: string;
        /** @description 操作人用户编号 */
        userId?: number;
        /** @description 起始时间（含），ISO 8601 */
        from?: string;
        /** @description 截止时间（不含），ISO 8601 */
        to?: string;
        /** @description 操作、数据表、记录编号或执行者包含 */
        q?: string;
        /** @description 排序字段，前加 - 为倒序；可选：at、action、entity */
        sort?: 'at' | '-at' | 'action' | '-action' | 'entity' | '-entity';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditEventViewPage'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  AuditController_export: {
    parameters: {
      query?: {
        /** @description 上一页返回的 nextCursor；不填为第一页 */
        cursor?: string;
        /**
         * @deprecated
         * @description 页码（旧式分页，按偏移读取，深页较慢；请改用 cursor）
         */
        page?: number;
        /** @description 每页条数（1–200） */
        pageSize?: number;
        /** @description 数据表，如 tasks、users */
        entity?: string;
        /** @description 记录编号（与 entity 一起使用） */
        entityId?: string;
        /** @description 操作人用户编号 */
        userId?: number;
        /** @description 起始时间（含），ISO 8601 */
        from?: string;
        /** @description 截止时间（不含），ISO 8601 */
        to?: string;
        /** @description 操作、数据表、记录编号或执行者包含 */
        q?: string;
        /** @description 排序字段，前加 - 为倒序；可选：at、action、entity */
        sort?: 'at' | '-at' | 'action' | '-action' | 'entity' | '-entity';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 审计日志（.xlsx） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  BureauController_get: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BureauView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  BureauController_update: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateBureauDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BureauView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  CalendarController_years: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarYearView'][];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  CalendarController_health: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarHealthView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  CalendarController_load: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoadCalendarYearDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarYearView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  CalendarController_workingDays: {
    parameters: {
      query: {
        from: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkingDayAnswer'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  CatalogController_workPoints: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkPointView'][];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  CatalogController_templates: {
    parameters: {
      query?: {
        kind?: 'annual' | 'event';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TemplateView'][];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  CatalogController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateTemplateDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TemplateWithItemsView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  CatalogController_template: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TemplateWithItemsView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  CatalogController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateTemplateDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TemplateView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  CatalogController_updateItem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
        itemId: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateTemplateItemDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TemplateItemView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  CasesController_registrable: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TemplateView'][];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  CasesController_steps: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  CasesController_cancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CancelPlanDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  CasesController_advisers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonView'][];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  CasesController_requests: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdviserRequestView'][];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  PlansController_list: {
    parameters: {
      query?: {
        /** @description 上一页返回的 nextCursor；不填为第一页 */
        cursor?: string;
        /**
         * @deprecated
         * @description 页码（旧式分页，按偏移读取，深页较慢；请改用 cursor）
         */
        page?: number;
        /** @description 每页条数（1–200） */
        pageSize?: number;
        kind?: 'annual' | 'event';
        /** @description 年度 */
        year?: number;
        /** @description 名称或编号（文号、案号）包含 */
        q?: string;
        /** @description 排序字段，前加 - 为倒序；可选：createdAt、year、title、reference */
        sort?: 'createdAt' | '-createdAt' | 'year' | '-year' | 'title' | '-title' | 'reference' | '-reference';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanViewPage'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  PlansController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  PlansController_createAnnual: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateAnnualPlanDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanResultView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  PlansController_createEvent: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateEventPlanDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanResultView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  PlansController_updateAnchors: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateAnchorsDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlanResultView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  TasksController_list: {
    parameters: {
      query?: {
        /** @description 上一页返回的 nextCursor；不填为第一页 */
        cursor?: string;
        /**
         * @deprecated
         * @description 页码（旧式分页，按偏移读取，深页较慢；请改用 cursor）
         */
        page?: number;
        /** @description 每页条数（1–200） */
        pageSize?: number;
        /** @description 股室或学校（股室用户只能看本部门） */
        departmentId?: number;
        /** @description 工作要点 */
        workPointId?: number;
        /** @description 名称、文号/案号、股室或工作要点包含 */
        q?: string;
        /** @description 排序字段，前加 - 为倒序；可选：dueOn、title、status、updatedAt、department、workPoint */
        sort?:
          | 'dueOn'
          | '-dueOn'
          | 'title'
          | '-title'
          | 'status'
          | '-status'
          | 'updatedAt'
          | '-updatedAt'
          | 'department'
          | '-department'
          | 'workPoint'
          | '-workPoint';
        /** @description overdue 逾期；dueSoon 即将到期；open 其他未完成（含补录、待审核、不适用申请中）；done 已完成；na 不适用；all 全部 */
        view?: 'overdue' | 'dueSoon' | 'open' | 'done' | 'na' | 'all';
        /** @description open 待办；submitted 待审核；returned 已退回；done 已完成；na 不适用；cancelled 已撤销 */
        status?: 'open' | 'submitted' | 'returned' | 'done' | 'na' | 'cancelled';
        /** @description 计划 */
        planId?: number;
        /** @description 计划年度 */
        year?: number;
        /** @description “即将到期”的范围：今天起若干个工作日内 */
        dueSoonDays?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskSummaryPage'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  TasksController_exportList: {
    parameters: {
      query?: {
        /** @description 上一页返回的 nextCursor；不填为第一页 */
        cursor?: string;
        /**
         * @deprecated
         * @description 页码（旧式分页，按偏移读取，深页较慢；请改用 cursor）
         */
        page?: number;
        /** @description 每页条数（1–200） */
        pageSize?: number;
        /** @description 股室或学校（股室用户只能看本部门） */
        departmentId?: number;
        /** @description 工作要点 */
        workPointId?: number;
        /** @description 名称、文号/案号、股室或工作要点包含 */
        q?: string;
        /** @description 排序字段，前加 - 为倒序；可选：dueOn、title、status、updatedAt、department、workPoint */
        sort?:
          | 'dueOn'
          | '-dueOn'
          | 'title'
          | '-title'
          | 'status'
          | '-status'
          | 'updatedAt'
          | '-updatedAt'
          | 'department'
          | '-department'
          | 'workPoint'
          | '-workPoint';
        /** @description overdue 逾期；dueSoon 即将到期；open 其他未完成（含补录、待审核、不适用申请中）；done 已完成；na 不适用；all 全部 */
        view?: 'overdue' | 'dueSoon' | 'open' | 'done' | 'na' | 'all';
        /** @description open 待办；submitted 待审核；returned 已退回；done 已完成；na 不适用；cancelled 已撤销 */
        status?: 'open' | 'submitted' | 'returned' | 'done' | 'na' | 'cancelled';
        /** @description 计划 */
        planId?: number;
        /** @description 计划年度 */
        year?: number;
        /** @description “即将到期”的范围：今天起若干个工作日内 */
        dueSoonDays?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 任务清单（.xlsx） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  TasksController_counts: {
    parameters: {
      query?: {
        /** @description 上一页返回的 nextCursor；不填为第一页 */
        cursor?: string;
        /**
         * @deprecated
         * @description 页码（旧式分页，按偏移读取，深页较慢；请改用 cursor）
         */
        page?: number;
        /** @description 每页条数（1–200） */
        pageSize?: number;
        /** @description 股室或学校（股室用户只能看本部门） */
        departmentId?: number;
        /** @description 工作要点 */
        workPointId?: number;
        /** @description 名称、文号/案号、股室或工作要点包含 */
        q?: string;
        /** @description 排序字段，前加 - 为倒序；可选：dueOn、title、status、updatedAt、department、workPoint */
        sort?:
          | 'dueOn'
          | '-dueOn'
          | 'title'
          | '-title'
          | 'status'
          | '-status'
          | 'updatedAt'
          | '-updatedAt'
          | 'department'
          | '-department'
          | 'workPoint'
          | '-workPoint';
        /** @description overdue 逾期；dueSoon 即将到期；open 其他未完成（含补录、待审核、不适用申请中）；done 已完成；na 不适用；all 全部 */
        view?: 'overdue' | 'dueSoon' | 'open' | 'done' | 'na' | 'all';
        /** @description open 待办；submitted 待审核；returned 已退回；done 已完成；na 不适用；cancelled 已撤销 */
        status?: 'open' | 'submitted' | 'returned' | 'done' | 'na' | 'cancelled';
        /** @description 计划 */
        planId?: number;
        /** @description 计划年度 */
        year?: number;
        /** @description “即将到期”的范围：今天起若干个工作日内 */
        dueSoonDays?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskCounts'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  TasksController_reviewQueue: {
    parameters: {
      query?: {
        /** @description 上一页返回的 nextCursor；不填为第一页 */
        cursor?: string;
        /**
         * @deprecated
         * @description 页码（旧式分页，按偏移读取，深页较慢；请改用 cursor）
         */
        page?: number;
        /** @description 每页条数（1–200） */
        pageSize?: number;
        /** @description 股室或学校（股室用户只能看本部门） */
        departmentId?: number;
        /** @description 工作要点 */
        workPointId?: number;
        /** @description 名称、文号/案号、股室或工作要点包含 */
        q?: string;
        /** @description 排序字段，前加 - 为倒序；可选：dueOn、title、status、updatedAt、department、workPoint */
        sort?:
          | 'dueOn'
          | '-dueOn'
          | 'title'
          | '-title'
          | 'status'
          | '-status'
          | 'updatedAt'
          | '-updatedAt'
          | 'department'
          | '-department'
          | 'workPoint'
          | '-workPoint';
        /** @description overdue 逾期；dueSoon 即将到期；open 其他未完成（含补录、待审核、不适用申请中）；done 已完成；na 不适用；all 全部 */
        view?: 'overdue' | 'dueSoon' | 'open' | 'done' | 'na' | 'all';
        /** @description open 待办；submitted 待审核；returned 已退回；done 已完成；na 不适用；cancelled 已撤销 */
        status?: 'open' | 'submitted' | 'returned' | 'done' | 'na' | 'cancelled';
        /** @description 计划 */
        planId?: number;
        /** @description 计划年度 */
        year?: number;
        /** @description “即将到期”的范围：今天起若干个工作日内 */
        dueSoonDays?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskSummaryPage'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  TasksController_exportReviewQueue: {
    parameters: {
      query?: {
        /** @description 上一页返回的 nextCursor；不填为第一页 */
        cursor?: string;
        /**
         * @deprecated
         * @description 页码（旧式分页，按偏移读取，深页较慢；请改用 cursor）
         */
        page?: number;
        /** @description 每页条数（1–200） */
        pageSize?: number;
        /** @description 股室或学校（股室用户只能看本部门） */
        departmentId?: number;
        /** @description 工作要点 */
        workPointId?: number;
        /** @description 名称、文号/案号、股室或工作要点包含 */
        q?: string;
        /** @description 排序字段，前加 - 为倒序；可选：dueOn、title、status、updatedAt、department、workPoint */
        sort?:
          | 'dueOn'
          | '-dueOn'
          | 'title'
          | '-title'
          | 'status'
          | '-status'
          | 'updatedAt'
          | '-updatedAt'
          | 'department'
          | '-department'
          | 'workPoint'
          | '-workPoint';
        /** @description overdue 逾期；dueSoon 即将到期；open 其他未完成（含补录、待审核、不适用申请中）；done 已完成；na 不适用；all 全部 */
        view?: 'overdue' | 'dueSoon' | 'open' | 'done' | 'na' | 'all';
        /** @description open 待办；submitted 待审核；returned 已退回；done 已完成；na 不适用；cancelled 已撤销 */
        status?: 'open' | 'submitted' | 'returned' | 'done' | 'na' | 'cancelled';
        /** @description 计划 */
        planId?: number;
        /** @description 计划年度 */
        year?: number;
        /** @description “即将到期”的范围：今天起若干个工作日内 */
        dueSoonDays?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 待审核任务（.xlsx） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  TasksController_detail: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskDetail'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  TasksController_schools: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SchoolProgressView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  TasksController_complete: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CompleteTaskDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  TasksController_accept: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AcceptDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  TasksController_returnTask: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReasonDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  TasksController_reopen: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReasonDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  TasksController_addActivity: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ActivityDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActivityView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  TasksController_withdrawActivity: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
        activityId: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReasonDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActivityView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  TasksController_measure: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MeasureDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  TasksController_assign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AssignDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  TasksController_urge: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UrgeDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UrgeView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  TaskNotApplicableController_request: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReasonDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  TaskNotApplicableController_accept: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  TaskNotApplicableController_reject: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReasonDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  FindingsExcelController_export: {
    parameters: {
      query?: {
        /** @description 上一页返回的 nextCursor；不填为第一页 */
        cursor?: string;
        /**
         * @deprecated
         * @description 页码（旧式分页，按偏移读取，深页较慢；请改用 cursor）
         */
        page?: number;
        /** @description 每页条数（1–200） */
        pageSize?: number;
        /** @description 在问题描述、来源说明和整改编号中搜索 */
        q?: string;
        /** @description 问题来源：self_check（自查）、oversight（督察）、case_review（案卷评查）、petition（信访）、audit（审计）、inspection（双随机检查）、other（其他） */
        source?: 'self_check' | 'oversight' | 'case_review' | 'petition' | 'audit' | 'inspection' | 'other';
        /** @description 状态：open（待整改）、in_progress（整改中）、rectified（已整改）、closed（已销号）、cancelled（已撤销） */
        status?: 'open' | 'in_progress' | 'rectified' | 'closed' | 'cancelled';
        /** @description 责任股室（部门编号） */
        departmentId?: number;
        /** @description 发现年度 */
        year?: number;
        /** @description true：只看逾期未整改的 */
        overdue?: boolean;
        /** @description 排序字段，前加 - 为倒序；可选：deadlineOn、foundOn、code */
        sort?: 'deadlineOn' | '-deadlineOn' | 'foundOn' | '-foundOn' | 'code' | '-code';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 整改台账（.xlsx） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  FindingsExcelController_template: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 导入模板（.xlsx） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  FindingsExcelController_import: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description 按导入模板填写的 .xlsx 文件
           */
          file: string;
        };
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FindingImportResult'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  FindingsController_list: {
    parameters: {
      query?: {
        /** @description 上一页返回的 nextCursor；不填为第一页 */
        cursor?: string;
        /**
         * @deprecated
         * @description 页码（旧式分页，按偏移读取，深页较慢；请改用 cursor）
         */
        page?: number;
        /** @description 每页条数（1–200） */
        pageSize?: number;
        /** @description 在问题描述、来源说明和整改编号中搜索 */
        q?: string;
        /** @description 问题来源：self_check（自查）、oversight（督察）、case_review（案卷评查）、petition（信访）、audit（审计）、inspection（双随机检查）、other（其他） */
        source?: 'self_check' | 'oversight' | 'case_review' | 'petition' | 'audit' | 'inspection' | 'other';
        /** @description 状态：open（待整改）、in_progress（整改中）、rectified（已整改）、closed（已销号）、cancelled（已撤销） */
        status?: 'open' | 'in_progress' | 'rectified' | 'closed' | 'cancelled';
        /** @description 责任股室（部门编号） */
        departmentId?: number;
        /** @description 发现年度 */
        year?: number;
        /** @description true：只看逾期未整改的 */
        overdue?: boolean;
        /** @description 排序字段，前加 - 为倒序；可选：deadlineOn、foundOn、code */
        sort?: 'deadlineOn' | '-deadlineOn' | 'foundOn' | '-foundOn' | 'code' | '-code';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FindingViewPage'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  FindingsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateFindingDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FindingDetailView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  FindingsController_figures: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FindingFiguresView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  FindingsController_detail: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FindingDetailView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  FindingsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateFindingDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FindingDetailView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  FindingsController_report: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReportFindingDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FindingDetailView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  FindingsController_close: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CloseFindingDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FindingDetailView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  FindingsController_sendBack: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SendBackFindingDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FindingDetailView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  EvidenceController_upload: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /** @description 佐证材料文件（可多个） */
          files: string[];
          /**
           * @description 材料所证明事项的日期，默认今天
           * @example 2026-04-15
           */
          effectiveOn?: string;
          /** @description 所属活动记录编号 */
          activityId?: number;
        };
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EvidenceFileView'][];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  EvidenceController_download: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 文件内容，Content-Type 为识别出的类型 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  OversightController_overdue: {
    parameters: {
      query?: {
        /** @description 上一页返回的 nextCursor；不填为第一页 */
        cursor?: string;
        /**
         * @deprecated
         * @description 页码（旧式分页，按偏移读取，深页较慢；请改用 cursor）
         */
        page?: number;
        /** @description 每页条数（1–200） */
        pageSize?: number;
        /** @description 股室或学校（股室用户只能看本部门） */
        departmentId?: number;
        /** @description 工作要点 */
        workPointId?: number;
        /** @description 名称、文号/案号、股室或工作要点包含 */
        q?: string;
        /** @description 排序字段，前加 - 为倒序；可选：dueOn、title、status、updatedAt、department、workPoint */
        sort?:
          | 'dueOn'
          | '-dueOn'
          | 'title'
          | '-title'
          | 'status'
          | '-status'
          | 'updatedAt'
          | '-updatedAt'
          | 'department'
          | '-department'
          | 'workPoint'
          | '-workPoint';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TaskSummaryPage'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  OversightController_exportOverdue: {
    parameters: {
      query?: {
        /** @description 上一页返回的 nextCursor；不填为第一页 */
        cursor?: string;
        /**
         * @deprecated
         * @description 页码（旧式分页，按偏移读取，深页较慢；请改用 cursor）
         */
        page?: number;
        /** @description 每页条数（1–200） */
        pageSize?: number;
        /** @description 股室或学校（股室用户只能看本部门） */
        departmentId?: number;
        /** @description 工作要点 */
        workPointId?: number;
        /** @description 名称、文号/案号、股室或工作要点包含 */
        q?: string;
        /** @description 排序字段，前加 - 为倒序；可选：dueOn、title、status、updatedAt、department、workPoint */
        sort?:
          | 'dueOn'
          | '-dueOn'
          | 'title'
          | '-title'
          | 'status'
          | '-status'
          | 'updatedAt'
          | '-updatedAt'
          | 'department'
          | '-department'
          | 'workPoint'
          | '-workPoint';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 逾期任务（.xlsx） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  OversightController_coverage: {
    parameters: {
      query?: {
        /** @description 计划年度（默认：未指定计划时为今年） */
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CoverageRow'][];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  OversightController_summary: {
    parameters: {
      query?: {
        /** @description 计划年度（默认：未指定计划时为今年） */
        year?: number;
        /** @description 计划 */
        planId?: number;
        /** @description true：统计全部年度（不指定年度和计划时默认只统计今年） */
        allYears?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OversightSummary'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  OversightController_exportSummary: {
    parameters: {
      query?: {
        /** @description 计划年度（默认：未指定计划时为今年） */
        year?: number;
        /** @description 计划 */
        planId?: number;
        /** @description true：统计全部年度（不指定年度和计划时默认只统计今年） */
        allYears?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 督办统计（.xlsx） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  ReportsController_report: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AnnualReportView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  ReportsController_records: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
        key: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FigureRecordsView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  ReportsController_draft: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Word文档（.docx） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  AdvisersExcelController_exportEngagements: {
    parameters: {
      query?: {
        /** @description 上一页返回的 nextCursor；不填为第一页 */
        cursor?: string;
        /**
         * @deprecated
         * @description 页码（旧式分页，按偏移读取，深页较慢；请改用 cursor）
         */
        page?: number;
        /** @description 每页条数（1–200） */
        pageSize?: number;
        /** @description 按名称、联系人搜索 */
        q?: string;
        /** @description 状态：pending 未开始，active 有效，expired 到期，dismissed 解聘 */
        status?: 'pending' | 'active' | 'expired' | 'dismissed';
        /** @description 只看覆盖该学校的聘任 */
        schoolId?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 法律顾问聘任（.xlsx） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  AdvisersExcelController_template: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 导入模板（.xlsx） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  AdvisersExcelController_import: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description 按导入模板填写的 .xlsx 文件
           */
          file: string;
        };
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EngagementImportResult'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  AdvisersExcelController_exportRequests: {
    parameters: {
      query?: {
        /** @description 上一页返回的 nextCursor；不填为第一页 */
        cursor?: string;
        /**
         * @deprecated
         * @description 页码（旧式分页，按偏移读取，深页较慢；请改用 cursor）
         */
        page?: number;
        /** @description 每页条数（1–200） */
        pageSize?: number;
        /** @description 按文号、标题搜索 */
        q?: string;
        /** @description 提请审查的年份 */
        year?: number;
        /** @description 事项类型 */
        kind?: 'contract' | 'decision' | 'normative' | 'litigation' | 'petition' | 'other';
        /** @description 法律顾问（用户编号） */
        adviserId?: number;
        /** @description true 只看超时或已超期的，false 只看按时或审查中的 */
        late?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 法律顾问审查记录（.xlsx） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  AdvisersController_can: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RegisterAccessView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  AdvisersController_list: {
    parameters: {
      query?: {
        /** @description 上一页返回的 nextCursor；不填为第一页 */
        cursor?: string;
        /**
         * @deprecated
         * @description 页码（旧式分页，按偏移读取，深页较慢；请改用 cursor）
         */
        page?: number;
        /** @description 每页条数（1–200） */
        pageSize?: number;
        /** @description 按名称、联系人搜索 */
        q?: string;
        /** @description 状态：pending 未开始，active 有效，expired 到期，dismissed 解聘 */
        status?: 'pending' | 'active' | 'expired' | 'dismissed';
        /** @description 只看覆盖该学校的聘任 */
        schoolId?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EngagementViewPage'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  AdvisersController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateEngagementDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EngagementView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  AdvisersController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EngagementView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  AdvisersController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateEngagementDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EngagementView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  AdvisersController_dismiss: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DismissEngagementDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EngagementView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  AdvisersController_listRequests: {
    parameters: {
      query?: {
        /** @description 上一页返回的 nextCursor；不填为第一页 */
        cursor?: string;
        /**
         * @deprecated
         * @description 页码（旧式分页，按偏移读取，深页较慢；请改用 cursor）
         */
        page?: number;
        /** @description 每页条数（1–200） */
        pageSize?: number;
        /** @description 按文号、标题搜索 */
        q?: string;
        /** @description 提请审查的年份 */
        year?: number;
        /** @description 事项类型 */
        kind?: 'contract' | 'decision' | 'normative' | 'litigation' | 'petition' | 'other';
        /** @description 法律顾问（用户编号） */
        adviserId?: number;
        /** @description true 只看超时或已超期的，false 只看按时或审查中的 */
        late?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReviewRequestViewPage'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  AdvisersController_setDetail: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        planId: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReviewRequestDetailDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReviewRequestView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  AdvisersController_figures: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdviserFiguresView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  AdvisersController_schoolCoverage: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AdviserCoverageView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  OutboxController_mine: {
    parameters: {
      query?: {
        /** @description 上一页返回的 nextCursor；不填为第一页 */
        cursor?: string;
        /**
         * @deprecated
         * @description 页码（旧式分页，按偏移读取，深页较慢；请改用 cursor）
         */
        page?: number;
        /** @description 每页条数（1–200） */
        pageSize?: number;
        /** @description pending 待发送、sending 发送中、sent 已发送、unsent 未配置邮件服务器而保留、failed 发送失败 */
        status?: 'pending' | 'sending' | 'sent' | 'unsent' | 'failed';
        /** @description digest 到期提醒与督办汇总；urge 催办；escalation 逾期督办（群机器人）；calendar 节假日安排未载入的提示（管理员）；expiry 执法证到期提醒 */
        kind?: 'digest' | 'urge' | 'escalation' | 'calendar' | 'expiry';
        /** @description email 邮件；dingtalk 钉钉群机器人；wecom 企业微信群机器人 */
        channel?: 'email' | 'dingtalk' | 'wecom';
        /** @description 收件人用户编号（管理员） */
        recipientId?: number;
        /** @description 主题或收件地址包含 */
        q?: string;
        /** @description 排序字段，前加 - 为倒序；可选：createdAt、sentAt、status、subject */
        sort?: 'createdAt' | '-createdAt' | 'sentAt' | '-sentAt' | 'status' | '-status' | 'subject' | '-subject';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OutboxMessageViewPage'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  OutboxController_all: {
    parameters: {
      query?: {
        /** @description 上一页返回的 nextCursor；不填为第一页 */
        cursor?: string;
        /**
         * @deprecated
         * @description 页码（旧式分页，按偏移读取，深页较慢；请改用 cursor）
         */
        page?: number;
        /** @description 每页条数（1–200） */
        pageSize?: number;
        /** @description pending 待发送、sending 发送中、sent 已发送、unsent 未配置邮件服务器而保留、failed 发送失败 */
        status?: 'pending' | 'sending' | 'sent' | 'unsent' | 'failed';
        /** @description digest 到期提醒与督办汇总；urge 催办；escalation 逾期督办（群机器人）；calendar 节假日安排未载入的提示（管理员）；expiry 执法证到期提醒 */
        kind?: 'digest' | 'urge' | 'escalation' | 'calendar' | 'expiry';
        /** @description email 邮件；dingtalk 钉钉群机器人；wecom 企业微信群机器人 */
        channel?: 'email' | 'dingtalk' | 'wecom';
        /** @description 收件人用户编号（管理员） */
        recipientId?: number;
        /** @description 主题或收件地址包含 */
        q?: string;
        /** @description 排序字段，前加 - 为倒序；可选：createdAt、sentAt、status、subject */
        sort?: 'createdAt' | '-createdAt' | 'sentAt' | '-sentAt' | 'status' | '-status' | 'subject' | '-subject';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OutboxMessageViewPage'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  OutboxController_exportAll: {
    parameters: {
      query?: {
        /** @description 上一页返回的 nextCursor；不填为第一页 */
        cursor?: string;
        /**
         * @deprecated
         * @description 页码（旧式分页，按偏移读取，深页较慢；请改用 cursor）
         */
        page?: number;
        /** @description 每页条数（1–200） */
        pageSize?: number;
        /** @description pending 待发送、sending 发送中、sent 已发送、unsent 未配置邮件服务器而保留、failed 发送失败 */
        status?: 'pending' | 'sending' | 'sent' | 'unsent' | 'failed';
        /** @description digest 到期提醒与督办汇总；urge 催办；escalation 逾期督办（群机器人）；calendar 节假日安排未载入的提示（管理员）；expiry 执法证到期提醒 */
        kind?: 'digest' | 'urge' | 'escalation' | 'calendar' | 'expiry';
        /** @description email 邮件；dingtalk 钉钉群机器人；wecom 企业微信群机器人 */
        channel?: 'email' | 'dingtalk' | 'wecom';
        /** @description 收件人用户编号（管理员） */
        recipientId?: number;
        /** @description 主题或收件地址包含 */
        q?: string;
        /** @description 排序字段，前加 - 为倒序；可选：createdAt、sentAt、status、subject */
        sort?: 'createdAt' | '-createdAt' | 'sentAt' | '-sentAt' | 'status' | '-status' | 'subject' | '-subject';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 发件箱（.xlsx） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  OutboxController_retryFailed: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequeuedView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  OutboxController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OutboxMessageView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  OutboxController_retry: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RequeuedView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  NotificationsController_list: {
    parameters: {
      query?: {
        /** @description 上一页返回的 nextCursor；不填为第一页 */
        cursor?: string;
        /**
         * @deprecated
         * @description 页码（旧式分页，按偏移读取，深页较慢；请改用 cursor）
         */
        page?: number;
        /** @description 每页条数（1–200） */
        pageSize?: number;
        /** @description true 只看未读 */
        unread?: 'true' | 'false';
        /** @description reminder 到期提醒、escalation 逾期督办、weekly 每周汇总、urge 催办、returned 审核退回、accepted 审核通过、assigned 指定经办人、redated 截止日期调整、expiry 执法证到期 */
        kind?: 'reminder' | 'escalation' | 'weekly' | 'urge' | 'returned' | 'accepted' | 'assigned' | 'redated' | 'expiry';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationViewPage'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  NotificationsController_unreadCount: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnreadCountView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  NotificationsController_readAll: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnreadCountView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  NotificationsController_read: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnreadCountView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  RobotsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RobotView'][];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  RobotsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateRobotDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RobotView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  RobotsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RobotView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  RobotsController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 已删除 */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  RobotsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateRobotDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RobotView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  RobotsController_test: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RobotTestView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  RemindersController_policy: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReminderPolicyView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  RemindersController_update: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdatePolicyDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReminderPolicyView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  RemindersController_runs: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReminderRunView'][];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  RemindersController_runNow: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QueuedView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  RemindersController_myPreferences: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationPreferencesView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  RemindersController_savePreferences: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdatePreferencesDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationPreferencesView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  CalendarFeedsController_status: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarFeedStatusView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  CalendarFeedsController_issue: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarFeedIssuedView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  CalendarFeedsController_revoke: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 已停用 */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  CalendarFeedsController_calendar: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        file: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description RFC 5545 日历 */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/calendar': string;
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  BindersController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BinderView'][];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  BindersController_request: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateBinderDto'];
      };
    };
    responses: {
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BinderView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  BindersController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BinderView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  BindersController_download: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description zip 压缩包：工作要点/事项/单位/原文件名，以及目录 index.xlsx */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/zip': string;
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  CertificateExcelController_export: {
    parameters: {
      query?: {
        /** @description 上一页返回的 nextCursor；不填为第一页 */
        cursor?: string;
        /**
         * @deprecated
         * @description 页码（旧式分页，按偏移读取，深页较慢；请改用 cursor）
         */
        page?: number;
        /** @description 每页条数（1–200） */
        pageSize?: number;
        /** @description 按持证人姓名、执法证号或执法类别搜索 */
        q?: string;
        /** @description 所属股室编号 */
        departmentId?: number;
        /** @description valid 有效（未过期）、suspended 暂扣、revoked 注销、expired 已过期 */
        state?: 'valid' | 'suspended' | 'revoked' | 'expired';
        /** @description 只看今后 N 天内到期的有效证件 */
        expiringWithin?: number;
        /** @description 排序字段，前加 - 为倒序；可选：expiresOn、holderName、certificateNo */
        sort?: 'expiresOn' | '-expiresOn' | 'holderName' | '-holderName' | 'certificateNo' | '-certificateNo';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 执法证台账（.xlsx） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  CertificateExcelController_template: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 导入模板（.xlsx） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  CertificateExcelController_import: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description 按导入模板填写的 .xlsx 文件
           */
          file: string;
        };
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CertificateImportResult'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  CertificateExcelController_access: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CertificateAccessView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  CertificateExcelController_holders: {
    parameters: {
      query?: {
        /** @description 在该日有效的证件（默认今天）YYYY-MM-DD */
        on?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OfficerView'][];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  CertificateExcelController_runNotices: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ExpiryRunResult'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  CertificatesController_list: {
    parameters: {
      query?: {
        /** @description 上一页返回的 nextCursor；不填为第一页 */
        cursor?: string;
        /**
         * @deprecated
         * @description 页码（旧式分页，按偏移读取，深页较慢；请改用 cursor）
         */
        page?: number;
        /** @description 每页条数（1–200） */
        pageSize?: number;
        /** @description 按持证人姓名、执法证号或执法类别搜索 */
        q?: string;
        /** @description 所属股室编号 */
        departmentId?: number;
        /** @description valid 有效（未过期）、suspended 暂扣、revoked 注销、expired 已过期 */
        state?: 'valid' | 'suspended' | 'revoked' | 'expired';
        /** @description 只看今后 N 天内到期的有效证件 */
        expiringWithin?: number;
        /** @description 排序字段，前加 - 为倒序；可选：expiresOn、holderName、certificateNo */
        sort?: 'expiresOn' | '-expiresOn' | 'holderName' | '-holderName' | 'certificateNo' | '-certificateNo';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CertificateViewPage'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  CertificatesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCertificateDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CertificateView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  CertificatesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CertificateView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  CertificatesController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCertificateDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CertificateView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  CertificatesController_changeStatus: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangeCertificateStatusDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CertificateView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  InspectionsExcelController_export: {
    parameters: {
      query?: {
        /** @description 上一页返回的 nextCursor；不填为第一页 */
        cursor?: string;
        /**
         * @deprecated
         * @description 页码（旧式分页，按偏移读取，深页较慢；请改用 cursor）
         */
        page?: number;
        /** @description 每页条数（1–200） */
        pageSize?: number;
        /** @description 按名称、乡镇/街道搜索 */
        q?: string;
        /** @description 只看该类别 */
        category?: 'school' | 'kindergarten' | 'training' | 'private' | 'other';
        /** @description 只看该风险等级 */
        riskLevel?: 'low' | 'medium' | 'high';
        /** @description 只看在库（true）或已停用（false） */
        active?: 'true' | 'false';
        /** @description 排序字段，前加 - 为倒序；可选：name、category、area、riskLevel */
        sort?: 'name' | '-name' | 'category' | '-category' | 'area' | '-area' | 'riskLevel' | '-riskLevel';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 检查对象名录库（.xlsx） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  InspectionsExcelController_template: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 导入模板（.xlsx） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  InspectionsExcelController_import: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description 按导入模板填写的 .xlsx 文件
           */
          file: string;
        };
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportResultView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  DirectoryController_targets: {
    parameters: {
      query?: {
        /** @description 上一页返回的 nextCursor；不填为第一页 */
        cursor?: string;
        /**
         * @deprecated
         * @description 页码（旧式分页，按偏移读取，深页较慢；请改用 cursor）
         */
        page?: number;
        /** @description 每页条数（1–200） */
        pageSize?: number;
        /** @description 按名称、乡镇/街道搜索 */
        q?: string;
        /** @description 只看该类别 */
        category?: 'school' | 'kindergarten' | 'training' | 'private' | 'other';
        /** @description 只看该风险等级 */
        riskLevel?: 'low' | 'medium' | 'high';
        /** @description 只看在库（true）或已停用（false） */
        active?: 'true' | 'false';
        /** @description 排序字段，前加 - 为倒序；可选：name、category、area、riskLevel */
        sort?: 'name' | '-name' | 'category' | '-category' | 'area' | '-area' | 'riskLevel' | '-riskLevel';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TargetViewPage'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  DirectoryController_createTarget: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateTargetDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TargetView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  DirectoryController_updateTarget: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateTargetDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TargetView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  DirectoryController_items: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemView'][];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  DirectoryController_createItem: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateItemDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  DirectoryController_updateItem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateItemDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ItemView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  DirectoryController_inspectors: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InspectorView'][];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  DirectoryController_conflicts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConflictView'][];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  DirectoryController_createConflict: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateConflictDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConflictView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  DirectoryController_removeConflict: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 已撤回 */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  DrawsController_list: {
    parameters: {
      query?: {
        /** @description 只看该计划（抽查）的抽取记录 */
        planId?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DrawSummaryView'][];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  DrawsController_draw: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateDrawDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DrawView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  DrawsController_exportResults: {
    parameters: {
      query?: {
        /** @description 只看该计划（抽查）的抽取记录 */
        planId?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 抽取结果台账（.xlsx） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  DrawsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DrawView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  DrawsController_redraw: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RedrawDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DrawView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  DrawsController_verify: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VerifyView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  DrawsController_export: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DrawExportView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  DrawsController_outcome: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
        position: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordOutcomeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DrawView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  DrawsController_inspectionEnd: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['InspectionEndDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DrawView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  DrawsController_year: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['YearPlanView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  DrawsController_coverage: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InspectionCoverageView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  SearchController_find: {
    parameters: {
      query: {
        /** @description 搜索内容：名称、文号/案号、股室或工作要点 */
        q: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SearchResult'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  DocumentsExcelController_export: {
    parameters: {
      query?: {
        /** @description 上一页返回的 nextCursor；不填为第一页 */
        cursor?: string;
        /**
         * @deprecated
         * @description 页码（旧式分页，按偏移读取，深页较慢；请改用 cursor）
         */
        page?: number;
        /** @description 每页条数（1–200） */
        pageSize?: number;
        /** @description 按文号或标题搜索 */
        q?: string;
        /** @description 排序字段，前加 - 为倒序；可选：docNumber、publishedOn、effectiveOn、expiresOn */
        sort?: 'docNumber' | '-docNumber' | 'publishedOn' | '-publishedOn' | 'effectiveOn' | '-effectiveOn' | 'expiresOn' | '-expiresOn';
        /** @description 状态（已失效：现行有效但有效期已届满） */
        status?: 'in_force' | 'amended' | 'repealed' | 'expired';
        /** @description 起草股室（部门编号） */
        departmentId?: number;
        /** @description 公布年度 */
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 规范性文件台账（.xlsx） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  DocumentsExcelController_exportInForce: {
    parameters: {
      query?: {
        /** @description 上一页返回的 nextCursor；不填为第一页 */
        cursor?: string;
        /**
         * @deprecated
         * @description 页码（旧式分页，按偏移读取，深页较慢；请改用 cursor）
         */
        page?: number;
        /** @description 每页条数（1–200） */
        pageSize?: number;
        /** @description 按文号或标题搜索 */
        q?: string;
        /** @description 排序字段，前加 - 为倒序；可选：docNumber、publishedOn、effectiveOn、expiresOn */
        sort?: 'docNumber' | '-docNumber' | 'publishedOn' | '-publishedOn' | 'effectiveOn' | '-effectiveOn' | 'expiresOn' | '-expiresOn';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 现行有效规范性文件目录（.xlsx） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  DocumentsExcelController_template: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description 导入模板（.xlsx） */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  DocumentsExcelController_import: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description 按导入模板填写的 .xlsx 文件
           */
          file: string;
        };
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentImportResult'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  DocumentsController_list: {
    parameters: {
      query?: {
        /** @description 上一页返回的 nextCursor；不填为第一页 */
        cursor?: string;
        /**
         * @deprecated
         * @description 页码（旧式分页，按偏移读取，深页较慢；请改用 cursor）
         */
        page?: number;
        /** @description 每页条数（1–200） */
        pageSize?: number;
        /** @description 按文号或标题搜索 */
        q?: string;
        /** @description 排序字段，前加 - 为倒序；可选：docNumber、publishedOn、effectiveOn、expiresOn */
        sort?: 'docNumber' | '-docNumber' | 'publishedOn' | '-publishedOn' | 'effectiveOn' | '-effectiveOn' | 'expiresOn' | '-expiresOn';
        /** @description 状态（已失效：现行有效但有效期已届满） */
        status?: 'in_force' | 'amended' | 'repealed' | 'expired';
        /** @description 起草股室（部门编号） */
        departmentId?: number;
        /** @description 公布年度 */
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentViewPage'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  DocumentsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateDocumentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentDetailView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  DocumentsController_access: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentAccessView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  DocumentsController_inForce: {
    parameters: {
      query?: {
        /** @description 上一页返回的 nextCursor；不填为第一页 */
        cursor?: string;
        /**
         * @deprecated
         * @description 页码（旧式分页，按偏移读取，深页较慢；请改用 cursor）
         */
        page?: number;
        /** @description 每页条数（1–200） */
        pageSize?: number;
        /** @description 按文号或标题搜索 */
        q?: string;
        /** @description 排序字段，前加 - 为倒序；可选：docNumber、publishedOn、effectiveOn、expiresOn */
        sort?: 'docNumber' | '-docNumber' | 'publishedOn' | '-publishedOn' | 'effectiveOn' | '-effectiveOn' | 'expiresOn' | '-expiresOn';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentViewPage'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  DocumentsController_cleanup: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        year: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CleanupView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  DocumentsController_detail: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentDetailView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  DocumentsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateDocumentDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentDetailView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  DocumentsController_changeStatus: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangeStatusDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentDetailView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  DocumentsController_recordCleanup: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CleanupDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CleanupView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  HealthController_check: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthView'];
        };
      };
      /** @description message 说明哪个组件不可用 */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
  HealthController_live: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LivenessView'];
        };
      };
      /** @description 出错时的统一错误格式（message 为中文说明） */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyView'];
        };
      };
    };
  };
}
