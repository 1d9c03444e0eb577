import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { DataSourceOptions } from 'typeorm';
import { dataSourceOptions } from '../../migrations/data-source.js';
import { CONFIG, type Config } from './config/config.js';
import { migratedDataSource } from './database/migrations.js';
import { AgendaModule } from './modules/agenda/agenda.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { CoachingModule } from './modules/coaching/coaching.module.js';
import { HomeModule } from './modules/home/home.module.js';
import { CohortsModule } from './modules/cohorts/cohorts.module.js';
import { CoursesModule } from './modules/courses/courses.module.js';
import { EnrolmentsModule } from './modules/enrolments/enrolments.module.js';
import { MembershipModule } from './modules/enrolments/membership.module.js';
import { DiscussionsModule } from './modules/discussions/discussions.module.js';
import { DocsModule } from './modules/docs/docs.module.js';
import { FeedbackModule } from './modules/feedback/feedback.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { JobsModule } from './modules/jobs/jobs.module.js';
import { LearningModule } from './modules/learning/learning.module.js';
import { MailModule } from './modules/mail/mail.module.js';
import { NotificationsModule } from './modules/notifications/notifications.module.js';
import { PracticesModule } from './modules/practices/practices.module.js';
import { CertificatesModule } from './modules/certificates/certificates.module.js';
import { ProgrammeModule } from './modules/programme/programme.module.js';
import { RealtimeModule } from './modules/realtime/realtime.module.js';
import { SeedModule } from './modules/seed/seed.module.js';
import { SurveysModule } from './modules/surveys/surveys.module.js';
import { TranslationModule } from './modules/translation/translation.module.js';
import { UsersModule } from './modules/users/users.module.js';

@Module({})
export class AppModule {
  static forRoot(config: Config): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => ({ ...dataSourceOptions(config.DATABASE_URL), extra: { max: 20 } }),
          // Pending migrations run before anything uses the database, one server at a time.
          dataSourceFactory: (options) => migratedDataSource(options as DataSourceOptions),
        }),
        JobsModule,
        MailModule,
        NotificationsModule,
        MembershipModule,
        TranslationModule,
        AuthModule,
        UsersModule,
        CoursesModule,
        EnrolmentsModule,
        ProgrammeModule,
        CohortsModule,
        AgendaModule,
        LearningModule,
        SurveysModule,
        RealtimeModule,
        DiscussionsModule,
        PracticesModule,
        CertificatesModule,
        CoachingModule,
        HomeModule,
        FeedbackModule,
        HealthModule,
        DocsModule,
        SeedModule,
      ],
      providers: [{ provide: CONFIG, useValue: config }],
      exports: [CONFIG],
    };
  }
}
