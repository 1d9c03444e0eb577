import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** One email per key (recipient + message): a retried send job finds it and sends nothing twice. */
@Entity('email_deliveries')
export class EmailDelivery {
  @PrimaryColumn('varchar', { length: 200 })
  key: string;

  @Index('email_deliveries_recipient_idx')
  @Column('varchar', { length: 254 })
  recipient: string;

  @Column('varchar', { length: 40 })
  template: string;

  @Column('varchar', { length: 20 })
  status: 'sent' | 'failed';

  @Column('varchar', { length: 1000, nullable: true })
  error: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column('timestamptz', { name: 'sent_at', nullable: true })
  sentAt: Date | null;
}
