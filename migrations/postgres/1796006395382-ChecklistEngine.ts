import { MigrationInterface, QueryRunner } from 'typeorm';

export class ChecklistEngine1796006395382 implements MigrationInterface {
  name = 'ChecklistEngine1796006395382';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"work_points\" (\"id\" SERIAL NOT NULL, \"key\" character varying(60) NOT NULL, \"name\" character varying(60) NOT NULL, \"section\" character varying(10) NOT NULL, \"description\" text NOT NULL DEFAULT '', CONSTRAINT \"PK_08d6f6a40ca10172cf81f9c48e6\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_7cd6a60f15041a80cc6cdff732\" ON \"work_points\"  (\"key\") ");
    await queryRunner.query("CREATE TABLE \"checklist_templates\" (\"id\" SERIAL NOT NULL, \"key\" character varying(60) NOT NULL, \"work_point_id\" integer NOT NULL, \"name\" character varying(100) NOT NULL, \"kind\" character varying(10) NOT NULL, \"description\" text NOT NULL DEFAULT '', \"anchors\" text NOT NULL, \"catalogue_version\" integer NOT NULL DEFAULT '0', \"updated_at\" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT \"PK_e6d17651d110bbac45cf07e44fa\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_fe9f09a9c8951fc7977620cf15\" ON \"checklist_templates\"  (\"key\") ");
    await queryRunner.query("CREATE INDEX \"IDX_f46578bb6972d3e78e0baa0467\" ON \"checklist_templates\"  (\"work_point_id\") ");
    await queryRunner.query("CREATE TABLE \"template_items\" (\"id\" SERIAL NOT NULL, \"template_id\" integer NOT NULL, \"key\" character varying(60) NOT NULL, \"title\" character varying(200) NOT NULL, \"description\" text NOT NULL DEFAULT '', \"basis\" text NOT NULL, \"evidence_hint\" text NOT NULL DEFAULT '', \"lead_role\" character varying(40) NOT NULL, \"support_roles\" text NOT NULL, \"schedule\" text NOT NULL, \"target\" text, \"review\" boolean NOT NULL DEFAULT false, \"reviewer_role\" character varying(40), \"gates\" text NOT NULL, \"when_anchor_set\" boolean NOT NULL DEFAULT false, \"sort_order\" integer NOT NULL DEFAULT '0', \"active\" boolean NOT NULL DEFAULT true, CONSTRAINT \"PK_2056c9d8fd53817fd6d49f6eed8\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_707e595d5b030c559d0aca2ef3\" ON \"template_items\"  (\"template_id\", \"key\") ");
    await queryRunner.query("CREATE TABLE \"plans\" (\"id\" SERIAL NOT NULL, \"kind\" character varying(10) NOT NULL, \"unique_key\" character varying(200) NOT NULL, \"year\" integer NOT NULL, \"template_id\" integer, \"reference\" character varying(100) NOT NULL DEFAULT '', \"title\" character varying(200) NOT NULL, \"anchors\" text NOT NULL, \"settings\" text NOT NULL, \"created_by_id\" integer, \"created_at\" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT \"PK_3720521a81c7c24fe9b7202ba61\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_709cabac0216bfc88ec7fff76b\" ON \"plans\"  (\"unique_key\") ");
    await queryRunner.query("CREATE INDEX \"IDX_8d17b2be5eac04d0afa1ebb449\" ON \"plans\"  (\"year\") ");
    await queryRunner.query("CREATE TABLE \"tasks\" (\"id\" SERIAL NOT NULL, \"plan_id\" integer NOT NULL, \"template_item_id\" integer NOT NULL, \"work_point_id\" integer NOT NULL, \"department_id\" integer NOT NULL, \"lead_task_id\" integer, \"lead_department_id\" integer, \"period_key\" character varying(20) NOT NULL, \"period_label\" character varying(40) NOT NULL, \"title\" character varying(200) NOT NULL, \"description\" text NOT NULL DEFAULT '', \"basis\" text NOT NULL DEFAULT '', \"evidence_hint\" text NOT NULL DEFAULT '', \"schedule_text\" character varying(200) NOT NULL DEFAULT '', \"due_on\" character varying(10), \"status\" character varying(10) NOT NULL DEFAULT 'open', \"needs_review\" boolean NOT NULL DEFAULT false, \"reviewer_department_id\" integer, \"target_count\" integer, \"target_unit\" character varying(20) NOT NULL DEFAULT '', \"activity_count\" integer NOT NULL DEFAULT '0', \"gate_task_ids\" text NOT NULL, \"assignee_id\" integer, \"completion_note\" text, \"shortfall_reason\" text, \"return_reason\" text, \"completed_at\" TIMESTAMP, \"completed_by_id\" integer, \"created_at\" TIMESTAMP NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT \"PK_8d12ff38fcc62aaba2cab748772\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_31a280e3d0a129221e614c6312\" ON \"tasks\"  (\"plan_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_0cf20f01456f3cf7a4118890c7\" ON \"tasks\"  (\"lead_task_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_a7ddfc6daea13b518421613092\" ON \"tasks\"  (\"work_point_id\", \"status\", \"due_on\") ");
    await queryRunner.query("CREATE INDEX \"IDX_42d99b8a2f77e3f472bc7a0d6b\" ON \"tasks\"  (\"status\", \"due_on\") ");
    await queryRunner.query("CREATE INDEX \"IDX_6dd30adbcd050038a76a8c4c49\" ON \"tasks\"  (\"department_id\", \"status\", \"due_on\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_31bddeb9d8ba9d1fc352d76653\" ON \"tasks\"  (\"plan_id\", \"template_item_id\", \"department_id\", \"period_key\") ");
    await queryRunner.query("CREATE TABLE \"evidence_files\" (\"id\" SERIAL NOT NULL, \"task_id\" integer NOT NULL, \"activity_id\" integer, \"sha256\" character varying(64) NOT NULL, \"size\" integer NOT NULL, \"mime_type\" character varying(120) NOT NULL, \"file_name\" character varying(255) NOT NULL, \"effective_on\" character varying(10) NOT NULL, \"uploaded_by_id\" integer NOT NULL, \"uploaded_at\" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT \"PK_f8d1a9a8e0430b749e2f4694460\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_a98530084b70476f06fab4742c\" ON \"evidence_files\"  (\"task_id\") ");
    await queryRunner.query("CREATE TABLE \"activities\" (\"id\" SERIAL NOT NULL, \"task_id\" integer NOT NULL, \"occurred_on\" character varying(10) NOT NULL, \"title\" character varying(200) NOT NULL, \"participants\" text NOT NULL DEFAULT '', \"note\" text NOT NULL DEFAULT '', \"created_by_id\" integer NOT NULL, \"created_at\" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT \"PK_7f4004429f731ffb9c88eb486a8\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_bf7d57a8dbac45bbdf52385f8b\" ON \"activities\"  (\"task_id\") ");
    await queryRunner.query("CREATE TABLE \"task_transitions\" (\"id\" SERIAL NOT NULL, \"task_id\" integer NOT NULL, \"action\" character varying(20) NOT NULL, \"from_status\" character varying(10), \"to_status\" character varying(10) NOT NULL, \"note\" text NOT NULL DEFAULT '', \"user_id\" integer, \"at\" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT \"PK_7e44af3be83dc34886824c23ead\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_aa1f945a6bd9ceba40ee9a7386\" ON \"task_transitions\"  (\"task_id\") ");
    await queryRunner.query("CREATE TABLE \"urges\" (\"id\" SERIAL NOT NULL, \"task_id\" integer NOT NULL, \"department_id\" integer NOT NULL, \"leader_id\" integer NOT NULL, \"message\" text NOT NULL, \"notified_at\" TIMESTAMP, \"created_at\" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT \"PK_acf1f22033a1b757b9013f8df90\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_ab8b5e608c6f807bdd18d62cb0\" ON \"urges\"  (\"task_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_3f2e972af76ff54e3092865685\" ON \"urges\"  (\"notified_at\") ");
    await queryRunner.query("ALTER TABLE \"checklist_templates\" ADD CONSTRAINT \"FK_f46578bb6972d3e78e0baa04677\" FOREIGN KEY (\"work_point_id\") REFERENCES \"work_points\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"template_items\" ADD CONSTRAINT \"FK_b988a794219052422b1d4dd6b80\" FOREIGN KEY (\"template_id\") REFERENCES \"checklist_templates\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"plans\" ADD CONSTRAINT \"FK_55eccbe59dbc87764e565c0d396\" FOREIGN KEY (\"template_id\") REFERENCES \"checklist_templates\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"tasks\" ADD CONSTRAINT \"FK_31a280e3d0a129221e614c63125\" FOREIGN KEY (\"plan_id\") REFERENCES \"plans\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"tasks\" ADD CONSTRAINT \"FK_5e1a2cba7f2bc9ddacee2996294\" FOREIGN KEY (\"template_item_id\") REFERENCES \"template_items\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"tasks\" ADD CONSTRAINT \"FK_3a97531b89ba46aabd1b7662b66\" FOREIGN KEY (\"work_point_id\") REFERENCES \"work_points\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"tasks\" ADD CONSTRAINT \"FK_9f72cc65d40b9d76dcd60bf2f5c\" FOREIGN KEY (\"department_id\") REFERENCES \"departments\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"evidence_files\" ADD CONSTRAINT \"FK_a98530084b70476f06fab4742c9\" FOREIGN KEY (\"task_id\") REFERENCES \"tasks\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"activities\" ADD CONSTRAINT \"FK_bf7d57a8dbac45bbdf52385f8b8\" FOREIGN KEY (\"task_id\") REFERENCES \"tasks\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"task_transitions\" ADD CONSTRAINT \"FK_aa1f945a6bd9ceba40ee9a73867\" FOREIGN KEY (\"task_id\") REFERENCES \"tasks\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"urges\" ADD CONSTRAINT \"FK_ab8b5e608c6f807bdd18d62cb02\" FOREIGN KEY (\"task_id\") REFERENCES \"tasks\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"urges\" DROP CONSTRAINT \"FK_ab8b5e608c6f807bdd18d62cb02\"");
    await queryRunner.query("ALTER TABLE \"task_transitions\" DROP CONSTRAINT \"FK_aa1f945a6bd9ceba40ee9a73867\"");
    await queryRunner.query("ALTER TABLE \"activities\" DROP CONSTRAINT \"FK_bf7d57a8dbac45bbdf52385f8b8\"");
    await queryRunner.query("ALTER TABLE \"evidence_files\" DROP CONSTRAINT \"FK_a98530084b70476f06fab4742c9\"");
    await queryRunner.query("ALTER TABLE \"tasks\" DROP CONSTRAINT \"FK_9f72cc65d40b9d76dcd60bf2f5c\"");
    await queryRunner.query("ALTER TABLE \"tasks\" DROP CONSTRAINT \"FK_3a97531b89ba46aabd1b7662b66\"");
    await queryRunner.query("ALTER TABLE \"tasks\" DROP CONSTRAINT \"FK_5e1a2cba7f2bc9ddacee2996294\"");
    await queryRunner.query("ALTER TABLE \"tasks\" DROP CONSTRAINT \"FK_31a280e3d0a129221e614c63125\"");
    await queryRunner.query("ALTER TABLE \"plans\" DROP CONSTRAINT \"FK_55eccbe59dbc87764e565c0d396\"");
    await queryRunner.query("ALTER TABLE \"template_items\" DROP CONSTRAINT \"FK_b988a794219052422b1d4dd6b80\"");
    await queryRunner.query("ALTER TABLE \"checklist_templates\" DROP CONSTRAINT \"FK_f46578bb6972d3e78e0baa04677\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_3f2e972af76ff54e3092865685\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_ab8b5e608c6f807bdd18d62cb0\"");
    await queryRunner.query("DROP TABLE \"urges\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_aa1f945a6bd9ceba40ee9a7386\"");
    await queryRunner.query("DROP TABLE \"task_transitions\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_bf7d57a8dbac45bbdf52385f8b\"");
    await queryRunner.query("DROP TABLE \"activities\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_a98530084b70476f06fab4742c\"");
    await queryRunner.query("DROP TABLE \"evidence_files\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_31bddeb9d8ba9d1fc352d76653\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_6dd30adbcd050038a76a8c4c49\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_42d99b8a2f77e3f472bc7a0d6b\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_a7ddfc6daea13b518421613092\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_0cf20f01456f3cf7a4118890c7\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_31a280e3d0a129221e614c6312\"");
    await queryRunner.query("DROP TABLE \"tasks\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_8d17b2be5eac04d0afa1ebb449\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_709cabac0216bfc88ec7fff76b\"");
    await queryRunner.query("DROP TABLE \"plans\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_707e595d5b030c559d0aca2ef3\"");
    await queryRunner.query("DROP TABLE \"template_items\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_f46578bb6972d3e78e0baa0467\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_fe9f09a9c8951fc7977620cf15\"");
    await queryRunner.query("DROP TABLE \"checklist_templates\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_7cd6a60f15041a80cc6cdff732\"");
    await queryRunner.query("DROP TABLE \"work_points\"");
  }
}
