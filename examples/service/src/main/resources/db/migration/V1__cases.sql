-- The caseworker service's schema. Personal data: households are stored only encrypted (household_enc,
-- AES-256-GCM), citizen ID numbers only as a keyed hash beside the masked form; names nowhere in clear.

create table caseworker (
  username      text primary key,
  password_hash text not null,          -- bcrypt
  level         text not null check (level in ('TOWNSHIP', 'COUNTY', 'CITY')),
  region        text not null
);

create table application (
  id                    uuid primary key,
  household_id          text not null,
  region                text not null,
  screening_date        date not null,
  received_at           timestamptz not null,
  submitted_by          text not null references caseworker (username),
  household_enc         bytea not null,
  rulebook_version      text not null,
  parameter_fingerprint text not null,
  total_monthly         numeric(14, 2) not null,
  total_yearly          numeric(14, 2) not null,
  total_one_off         numeric(14, 2) not null,
  record_entries        int not null,      -- entries of the case record, and the hash of the last one:
  record_head           char(64) not null  -- dropping the newest entries is detected too
);
create index application_region on application (region);

create table applicant_id (
  application_id uuid not null references application (id),
  member_id      text not null,
  id_hash        text not null,          -- HMAC-SHA256 of the ID number
  id_masked      text not null,
  primary key (application_id, member_id)
);
create index applicant_id_hash on applicant_id (id_hash);

-- the rulebook's determinations, and those decided case by case (一事一议) after them
create table determination (
  application_id        uuid not null references application (id),
  seq                   int not null,
  programme_id          text not null,
  source                text not null check (source in ('RULE', 'DECISION')),
  outcome               text not null,
  monthly               numeric(14, 2) not null,
  one_off               numeric(14, 2) not null,
  level                 text,
  situation             text,
  review_reason         text,
  decider               text,
  explanation_zh        text not null,
  explanation_en        text not null,
  rulebook_version      text not null,
  parameter_fingerprint text not null,
  primary key (application_id, seq)
);

-- what every catalogue programme gives (一件事一次办)
create table catalogue_result (
  application_id uuid not null references application (id),
  seq            int not null,
  programme_id   text not null,
  department     text not null,
  outcome        text not null,
  monthly        numeric(14, 2) not null,
  yearly         numeric(14, 2) not null,
  one_off        numeric(14, 2) not null,
  quantity       text,
  reasons_zh     text not null,
  reasons_en     text not null,
  primary key (application_id, seq)
);

create table decision (
  application_id        uuid not null references application (id),
  programme_id          text not null,
  situation             text not null,
  level                 text not null,
  decider               text not null references caseworker (username),
  reason                text not null,
  decision_date         date not null,
  outcome               text not null,
  amount                numeric(14, 2) not null,
  rulebook_version      text not null,
  parameter_fingerprint text not null,
  decided_at            timestamptz not null,
  primary key (application_id, programme_id)
);

-- the aid plan (一户一策): items, deliveries, evaluations
create table plan_item (
  application_id uuid not null references application (id),
  item_id        text not null,
  type           text not null,
  programme_id   text,
  department     text not null,
  title_zh       text not null,
  title_en       text not null,
  amount         numeric(14, 2) not null,
  quantity       int not null,
  unit           text not null,
  frequency      text not null,
  start_date     date not null,
  review_date    date not null,
  target_zh      text not null,
  target_en      text not null,
  primary key (application_id, item_id)
);

create table delivery (
  application_id uuid not null references application (id),
  seq            int not null,
  item_id        text not null,
  delivery_date  date not null,
  quantity       int not null,
  amount         numeric(14, 2) not null,
  delivered_by   text not null,
  primary key (application_id, seq),
  foreign key (application_id, item_id) references plan_item (application_id, item_id)
);

create table evaluation (
  application_id  uuid not null references application (id),
  seq             int not null,
  item_id         text not null,
  evaluation_date date not null,
  target_met      boolean not null,
  note            text not null,
  evaluated_by    text not null,
  primary key (application_id, seq),
  foreign key (application_id, item_id) references plan_item (application_id, item_id)
);

-- the case's hash-chained record (CaseRecord.toLines, one entry a row)
create table case_entry (
  application_id uuid not null references application (id),
  seq            int not null,
  entry_date     date not null,
  type           text not null,
  content        text not null,
  previous_hash  char(64) not null,
  hash           char(64) not null,
  primary key (application_id, seq)
);
