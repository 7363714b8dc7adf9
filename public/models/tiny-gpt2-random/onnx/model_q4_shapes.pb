:ð\j
/Shape_1/out


j
/mask_2/out


j
/Shape_3/out


j
/mask_4/out


j
/mask_5/out


j(
/mask_6/out

sequence_lengthj.
/mask_7/out

total_sequence_lengthj7
/Unsqueeze_8/out#
!

total_sequence_lengthj1
/Unsqueeze_9/out

sequence_length
jB
/mask_10/out2
0	,
sequence_length
total_sequence_lengthj=
/mask_11/out-
+	'

batch_size
total_sequence_lengthjE
/mask_12/out5
3	/

batch_size


total_sequence_lengthjT
/mask_13/outD
B	>

batch_size

sequence_length
total_sequence_lengthj2
/transformer.wte.scales_14/out


Ñˆ
j7
#/transformer.wte.block_min_t_15/out



ÑˆjJ
/transformer.wte_16/out/
-)

batch_size
sequence_length

jJ
/transformer.wte_17/out/
-)

batch_size
sequence_length

jJ
/transformer.wte_18/out/
-)

batch_size
sequence_length

jH
/unsqueeze_19/out3
1-

batch_size
sequence_length


jJ
/transformer.wte_20/out/
-)

batch_size
sequence_length

jH
/unsqueeze_21/out3
1-

batch_size
sequence_length


jN
/transformer.wte_22/out3
1-

batch_size
sequence_length


j%
/transformer.wte_23/out


j%
/transformer.wte_24/out


j%
/transformer.wte_25/out


jJ
/transformer.wte_26/out/
-)

batch_size
sequence_length

 jJ
/transformer.wte_27/out/
-)

batch_size
sequence_length

 jF
/transformer.wte_28/out+
)%

batch_size
sequence_length
jD
/unsqueeze_29/out/
-)

batch_size
sequence_length

jJ
/transformer.wte_30/out/
-)

batch_size
sequence_length

 jF
/transformer.wte_31/out+
)%


batch_size
sequence_lengthjF
/transformer.wte_32/out+
)%

batch_size
sequence_length
jD
/unsqueeze_33/out/
-)

batch_size
sequence_length

jJ
/transformer.wte_34/out/
-)

batch_size
sequence_length

 jF
/transformer.wte_35/out+
)%

batch_size
sequence_length
@j:
/wpe_36/out+
)%

batch_size
sequence_length
@j<
/embed_37/out+
)%

batch_size
sequence_length
@jK
/transformer.h.0.ln_1_38/out+
)%

batch_size
sequence_length
@j=
*/transformer.h.0.attn.c_attn.scales_39/out
	
À
jB
//transformer.h.0.attn.c_attn.block_min_t_40/out
	

ÀjS
#/transformer.h.0.attn.c_attn_41/out,
*&

batch_size
sequence_length
ÀjE
/block_sums_42/out/
-)

batch_size
sequence_length

 jA
/block_sums_43/out+
)%

batch_size
sequence_length
jS
#/transformer.h.0.attn.c_attn_44/out,
*&

batch_size
sequence_length
ÀjS
#/transformer.h.0.attn.c_attn_45/out,
*&

batch_size
sequence_length
ÀjS
#/transformer.h.0.attn.c_attn_46/out,
*&

batch_size
sequence_length
ÀjG
/transformer.h.0_47/out0+
)%

batch_size
sequence_length
@jG
/transformer.h.0_47/out1+
)%

batch_size
sequence_length
@jG
/transformer.h.0_47/out2+
)%

batch_size
sequence_length
@jH
/layers.0.attn_48/out/
-)

batch_size
sequence_length

jH
/layers.0.attn_49/out/
-)

batch_size

sequence_length
jH
/layers.0.attn_50/out/
-)

batch_size
sequence_length

jH
/layers.0.attn_51/out/
-)

batch_size

sequence_length
jH
/layers.0.attn_52/out/
-)

batch_size
sequence_length

jH
/layers.0.attn_53/out/
-)

batch_size

sequence_length
jH
/layers.0.attn_56/out/
-)

batch_size

sequence_length
jN
/layers.0.attn_57/out5
3/

batch_size


total_sequence_lengthj]
/layers.0.attn_58/outD
B>

batch_size

sequence_length
total_sequence_lengthj]
/layers.0.attn_59/outD
B>

batch_size

sequence_length
total_sequence_lengthj]
/layers.0.attn_60/outD
B>

batch_size

sequence_length
total_sequence_lengthjH
/layers.0.attn_61/out/
-)

batch_size

sequence_length
jH
/layers.0.attn_62/out/
-)

batch_size
sequence_length

jD
/layers.0.attn_63/out+
)%

batch_size
sequence_length
@j<
*/transformer.h.0.attn.c_proj.scales_64/out

@
jA
//transformer.h.0.attn.c_proj.block_min_t_65/out


@jR
#/transformer.h.0.attn.c_proj_66/out+
)%

batch_size
sequence_length
@jE
/block_sums_67/out/
-)

batch_size
sequence_length

 jA
/block_sums_68/out+
)%

batch_size
sequence_length
jR
#/transformer.h.0.attn.c_proj_69/out+
)%

batch_size
sequence_length
@jR
#/transformer.h.0.attn.c_proj_70/out+
)%

batch_size
sequence_length
@jR
#/transformer.h.0.attn.c_proj_71/out+
)%

batch_size
sequence_length
@jF
/transformer.h.0_72/out+
)%

batch_size
sequence_length
@jK
/transformer.h.0.ln_2_73/out+
)%

batch_size
sequence_length
@j:
'/transformer.h.0.mlp.c_fc.scales_74/out
	
€
j?
,/transformer.h.0.mlp.c_fc.block_min_t_75/out
	

€jP
 /transformer.h.0.mlp.c_fc_76/out,
*&

batch_size
sequence_length
€jE
/block_sums_77/out/
-)

batch_size
sequence_length

 jA
/block_sums_78/out+
)%

batch_size
sequence_length
jP
 /transformer.h.0.mlp.c_fc_79/out,
*&

batch_size
sequence_length
€jP
 /transformer.h.0.mlp.c_fc_80/out,
*&

batch_size
sequence_length
€jP
 /transformer.h.0.mlp.c_fc_81/out,
*&

batch_size
sequence_length
€j<
/gelu_82/out,
*&

batch_size
sequence_length
€j<
/gelu_83/out,
*&

batch_size
sequence_length
€j<
/gelu_84/out,
*&

batch_size
sequence_length
€j<
/gelu_85/out,
*&

batch_size
sequence_length
€j<
/gelu_86/out,
*&

batch_size
sequence_length
€j<
/Tanh_87/out,
*&

batch_size
sequence_length
€j<
/gelu_88/out,
*&

batch_size
sequence_length
€j<
/gelu_89/out,
*&

batch_size
sequence_length
€j<
/gelu_90/out,
*&

batch_size
sequence_length
€j;
)/transformer.h.0.mlp.c_proj.scales_91/out

@
j@
./transformer.h.0.mlp.c_proj.block_min_t_92/out


@jQ
"/transformer.h.0.mlp.c_proj_93/out+
)%

batch_size
sequence_length
@jE
/block_sums_94/out/
-)

batch_size
sequence_length

 jA
/block_sums_95/out+
)%

batch_size
sequence_length
jQ
"/transformer.h.0.mlp.c_proj_96/out+
)%

batch_size
sequence_length
@jQ
"/transformer.h.0.mlp.c_proj_97/out+
)%

batch_size
sequence_length
@jQ
"/transformer.h.0.mlp.c_proj_98/out+
)%

batch_size
sequence_length
@jF
/transformer.h.0_99/out+
)%

batch_size
sequence_length
@jL
/transformer.h.1.ln_1_100/out+
)%

batch_size
sequence_length
@j>
+/transformer.h.1.attn.c_attn.scales_101/out
	
À
jC
0/transformer.h.1.attn.c_attn.block_min_t_102/out
	

ÀjT
$/transformer.h.1.attn.c_attn_103/out,
*&

batch_size
sequence_length
ÀjF
/block_sums_104/out/
-)

batch_size
sequence_length

 jB
/block_sums_105/out+
)%

batch_size
sequence_length
jT
$/transformer.h.1.attn.c_attn_106/out,
*&

batch_size
sequence_length
ÀjT
$/transformer.h.1.attn.c_attn_107/out,
*&

batch_size
sequence_length
ÀjT
$/transformer.h.1.attn.c_attn_108/out,
*&

batch_size
sequence_length
ÀjH
/transformer.h.1_109/out0+
)%

batch_size
sequence_length
@jH
/transformer.h.1_109/out1+
)%

batch_size
sequence_length
@jH
/transformer.h.1_109/out2+
)%

batch_size
sequence_length
@jI
/layers.1.attn_110/out/
-)

batch_size
sequence_length

jI
/layers.1.attn_111/out/
-)

batch_size

sequence_length
jI
/layers.1.attn_112/out/
-)

batch_size
sequence_length

jI
/layers.1.attn_113/out/
-)

batch_size

sequence_length
jI
/layers.1.attn_114/out/
-)

batch_size
sequence_length

jI
/layers.1.attn_115/out/
-)

batch_size

sequence_length
jI
/layers.1.attn_118/out/
-)

batch_size

sequence_length
jO
/layers.1.attn_119/out5
3/

batch_size


total_sequence_lengthj^
/layers.1.attn_120/outD
B>

batch_size

sequence_length
total_sequence_lengthj^
/layers.1.attn_121/outD
B>

batch_size

sequence_length
total_sequence_lengthj^
/layers.1.attn_122/outD
B>

batch_size

sequence_length
total_sequence_lengthjI
/layers.1.attn_123/out/
-)

batch_size

sequence_length
jI
/layers.1.attn_124/out/
-)

batch_size
sequence_length

jE
/layers.1.attn_125/out+
)%

batch_size
sequence_length
@j=
+/transformer.h.1.attn.c_proj.scales_126/out

@
jB
0/transformer.h.1.attn.c_proj.block_min_t_127/out


@jS
$/transformer.h.1.attn.c_proj_128/out+
)%

batch_size
sequence_length
@jF
/block_sums_129/out/
-)

batch_size
sequence_length

 jB
/block_sums_130/out+
)%

batch_size
sequence_length
jS
$/transformer.h.1.attn.c_proj_131/out+
)%

batch_size
sequence_length
@jS
$/transformer.h.1.attn.c_proj_132/out+
)%

batch_size
sequence_length
@jS
$/transformer.h.1.attn.c_proj_133/out+
)%

batch_size
sequence_length
@jG
/transformer.h.1_134/out+
)%

batch_size
sequence_length
@jL
/transformer.h.1.ln_2_135/out+
)%

batch_size
sequence_length
@j;
(/transformer.h.1.mlp.c_fc.scales_136/out
	
€
j@
-/transformer.h.1.mlp.c_fc.block_min_t_137/out
	

€jQ
!/transformer.h.1.mlp.c_fc_138/out,
*&

batch_size
sequence_length
€jF
/block_sums_139/out/
-)

batch_size
sequence_length

 jB
/block_sums_140/out+
)%

batch_size
sequence_length
jQ
!/transformer.h.1.mlp.c_fc_141/out,
*&

batch_size
sequence_length
€jQ
!/transformer.h.1.mlp.c_fc_142/out,
*&

batch_size
sequence_length
€jQ
!/transformer.h.1.mlp.c_fc_143/out,
*&

batch_size
sequence_length
€j=
/gelu_144/out,
*&

batch_size
sequence_length
€j=
/gelu_145/out,
*&

batch_size
sequence_length
€j=
/gelu_146/out,
*&

batch_size
sequence_length
€j=
/gelu_147/out,
*&

batch_size
sequence_length
€j=
/gelu_148/out,
*&

batch_size
sequence_length
€j=
/Tanh_149/out,
*&

batch_size
sequence_length
€j=
/gelu_150/out,
*&

batch_size
sequence_length
€j=
/gelu_151/out,
*&

batch_size
sequence_length
€j=
/gelu_152/out,
*&

batch_size
sequence_length
€j<
*/transformer.h.1.mlp.c_proj.scales_153/out

@
jA
//transformer.h.1.mlp.c_proj.block_min_t_154/out


@jR
#/transformer.h.1.mlp.c_proj_155/out+
)%

batch_size
sequence_length
@jF
/block_sums_156/out/
-)

batch_size
sequence_length

 jB
/block_sums_157/out+
)%

batch_size
sequence_length
jR
#/transformer.h.1.mlp.c_proj_158/out+
)%

batch_size
sequence_length
@jR
#/transformer.h.1.mlp.c_proj_159/out+
)%

batch_size
sequence_length
@jR
#/transformer.h.1.mlp.c_proj_160/out+
)%

batch_size
sequence_length
@jG
/transformer.h.1_161/out+
)%

batch_size
sequence_length
@jH
/transformer.ln_f_162/out+
)%

batch_size
sequence_length
@jI
/transformer.wte_163/out-
+'

batch_size
sequence_length
ÑˆjF
/block_sums_164/out/
-)

batch_size
sequence_length

 jB
/block_sums_165/out+
)%

batch_size
sequence_length
jI
/transformer.wte_166/out-
+'

batch_size
sequence_length
ÑˆjI
/transformer.wte_167/out-
+'

batch_size
sequence_length
Ñˆ